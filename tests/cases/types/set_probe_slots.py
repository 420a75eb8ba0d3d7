"""Set probes over empty, dummy and full slots: keys hashing to 0 and -2, negative and string
keys, removals leaving dummies that later insertions reuse, equal keys of other types, and a
key whose `__eq__` runs Python code; iteration order shows each table."""


class Key:
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.h == other.h

    def __repr__(self):
        return "Key(%s)" % self.name


s = set()
for k in (0, -1, -2, 8, 16, 1, "a", "", 2**61, -(2**61), 2**61 - 1):
    s.add(k)
print(sorted(s, key=repr), list(s))
print(0 in s, 0.0 in s, False in s, -1 in s, -2 in s, 24 in s, "a" in s, "b" in s)
for k in (8, 0, -1, "a"):
    s.remove(k)
print(list(s), 8 in s, 0 in s, 16 in s, -2 in s)
for k in (24, 0, 8, -1, "a"):
    s.add(k)
print(list(s))
s.discard(1.0)
s.discard(True)
print(list(s), len(s))

t = set()
for i in range(40):
    t.add(i * 8)
    if i % 3:
        t.discard(i * 8 - 8)
print(list(t), len(t))
for i in range(0, 320, 8):
    t.add(i)
print(list(t), [i in t for i in (0, 8, 312, 320)])

k1, k2, k3 = Key(5, "one"), Key(5, "two"), Key(13, "three")
u = {5, k1}
print(k2 in u, k3 in u)
u.add(k2)
u.discard(k2)
print(len(u), 5 in u, k1 in u)
try:
    u.remove(k3)
except KeyError as e:
    print("KeyError", e)
