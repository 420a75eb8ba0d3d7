import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
def depth_probe(n):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n
print(depth_probe(0) > 500)
sys.setrecursionlimit(100)
try:
    forever(0)
except RecursionError:
    print("hit lower limit")
sys.setrecursionlimit(1000)
class Loop:
    def __getattr__(self, name):
        return self.missing
try:
    Loop().x
except RecursionError as e:
    print("attr recursion:", e)
