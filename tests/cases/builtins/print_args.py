import sys
print()
print("a", "b", 3, None, [1])
print("a", "b", sep="-")
print("x", end="")
print("y", end="!\n")
print("no", "sep", sep="")
print(1, 2, 3, sep=", ", end=".\n")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print(*range(5), sep="|")
print("flush", flush=True)
print(sep=None, end=None)
print("a", sep=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", file=w)
print(w.parts)
