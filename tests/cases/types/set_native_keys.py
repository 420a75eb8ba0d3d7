"""Set membership, add and remove with keys whose hash and equality need no Python code
(small ints, exact str) mixed with keys whose __eq__ is Python code of the same hash."""


class Eq:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other


class S(str):
    def __eq__(self, other):
        print("S.eq", str.__str__(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


s = {1, 2, Eq(3), "a"}
print(3 in s, 4 in s, 1 in s, "a" in s, "b" in s)
s.add(3)
print(len(s))
s.add(S("a"))
print(len(s))
print(S("a") in s, S("z") in s)
s.remove(1)
s.add(1)
print(sorted(x for x in s if isinstance(x, int)))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)

# Dummies left by removals are reused, and the iteration order stays CPython's.
t = set()
for i in range(40):
    t.add(i * 7 - 50)
    if i % 3 == 0:
        t.discard(i * 7 - 57)
print(list(t))
for i in range(-3, 3):
    print(i, i in t, -1 in {-1, -2}, -2 in {-1}, hash(-1) in {-2})
big = 2**61 - 1
print(big in {0}, 0 in {big}, (2**62) in {2**62}, len({big, 0, -big}))
print(list({"x", "y", "zz", "x"} | {"y", "w"}))
