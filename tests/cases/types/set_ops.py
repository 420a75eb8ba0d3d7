a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a >= {1}, a.isdisjoint({9}))
print(a.union([7]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference([1, 9]))
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,)); print(s)
s.discard(99); s.remove(1); print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
s.clear(); print(s, set(), len(s))
c = {1, 2}
c |= {3}; c &= {2, 3}; c -= {2}; c ^= {5}
print(c)
print(set("hello"), set([3, 1, 2]), {x % 3 for x in range(10)})
f = frozenset([1, 2])
print(f, f | {3}, type(f | {3}).__name__, hash(f) == hash(frozenset([2, 1])), {f: "ok"}[frozenset({1, 2})])
print(frozenset(), {1, 2} == frozenset({1, 2}), set() == frozenset())
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
