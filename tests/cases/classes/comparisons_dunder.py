import functools
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2)]
print(sorted(vs), max(vs), min(vs))
print(Version(1) == Version(1), Version(1) != Version(2), Version(1) >= Version(0, 1))
print(Version(1) == 1, Version(1) != "x")
class Loud:
    def __eq__(self, other):
        print("Loud.__eq__")
        return NotImplemented
print(Loud() == Loud())
x = Loud()
print(x == x, x != x)
class Rev:
    def __gt__(self, other):
        print("Rev.__gt__ reflected")
        return True
print(1 < Rev())
try:
    object() < object()
except TypeError as e:
    print("TypeError:", e)
