"""Add/remove churn on a small set: each step's contents and iteration order (dummy slots,
their reuse and the in-place rebuild of the 8-slot table keep CPython's order)."""

s = {100, 3}
for i in range(30):
    s.add(i)
    s.add(i + 8)
    print(i, list(s))
    s.remove(i)
    print(i, list(s), len(s))

t = set()
for k in [5, 13, 21, 5, 29, 13, 37, 5, 45]:
    t.add(k)
    print("add", k, list(t))
    if k % 2:
        t.discard(k - 8)
        print("discard", k - 8, list(t))

u = {"a", "b"}
for w in ["x", "y", "x", "z", "y", "w", "a", "q"]:
    u.add(w)
    u.discard("b")
    u.add("b")
    u.remove(w)
    print(sorted(u), len(u))

v = set()
for i in range(12):
    v.add(-i)
    v.add(i * 16)
    v.remove(-i)
print(list(v))
v.clear()
v.add(7)
print(list(v), v == {7})


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 4

    def __eq__(self, other):
        print("eq", self.n, getattr(other, "n", other))
        return isinstance(other, Key) and self.n == other.n


w = {Key(1), Key(5), 1}
w.remove(Key(5))
print(sorted(k.n if isinstance(k, Key) else k for k in w))
w.discard(Key(9))
try:
    w.remove(Key(13))
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
w.discard(1)
print(len(w))


class Dying:
    def __del__(self):
        print("del, set has", len(box))
        box.add("after")


box = {Dying()}
box.remove(next(iter(box)))
print(sorted(box))
box.discard("after")
try:
    box.remove("gone")
except KeyError as e:
    print("KeyError", e)


class EqOne:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        print("EqOne.__eq__", other)
        return other == 1

    def __repr__(self):
        return "EqOne()"


z = {EqOne(), 1}
print(len(z), 1 in z)
z.remove(1)
print(list(z))
z.add(1)
print(list(z))
