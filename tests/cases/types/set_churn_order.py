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
