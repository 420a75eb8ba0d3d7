it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
values = iter([5, 3, 0, 7])
print(list(iter(lambda: next(values), 0)))
class Reader:
    def __init__(self):
        self.lines = ["a", "b", "", "c"]
    def readline(self):
        return self.lines.pop(0)
r = Reader()
print(list(iter(r.readline, "")))
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
s = iter("xy")
print(iter(s) is s, type(iter("")).__name__, type(iter([])).__name__, type(iter({})).__name__)
