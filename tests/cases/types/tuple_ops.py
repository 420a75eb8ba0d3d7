t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t + (4,), t * 2, len(t), 2 in t, t.count(2), t.index(3))
print((), (1,), tuple("ab"), tuple([1, 2]), tuple(range(3)), (1, 2) < (1, 2, 0))
a, b, c = t
print(a + b + c)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
nested = ([1], 2)
nested[0].append(3)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1,) * 3)
print(tuple(x * 2 for x in t), sorted((3, 1, 2)), max((1, 9), (2, 0)))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, isinstance(p, tuple))
