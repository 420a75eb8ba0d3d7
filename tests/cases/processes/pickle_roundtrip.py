"""pickle.dumps of builtin values, instances, classes, exceptions and shared/recursive
references must equal CPython's bytes at protocols 2-5, and load back."""
import pickle
class A: pass
a = A(); a.x = 1
class P:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v,))
    def __eq__(self, o): return self.v == o.v
class S(int): pass
class L(list): pass
l = [1, 2]; l.append(l)
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**100, -2**100, 1.5, -0.0, 1e308, 5e-324, float('inf'),
        complex(1, 2), 'abc', 'é' * 300, b'ab', b'', bytearray(b'xy'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
        [], [1], [1, 2, 3], {}, {1: 2}, {'a': 1, 'b': 2}, {1, 2}, frozenset([3]), set(), len, A, a, P(), R(5), S(7), L([1, 2]),
        ValueError('x'), KeyError('k'), OSError(2, 'nf'), type(None), list(range(1500)), {i: i for i in range(1200)}]
s = 'shared'
vals.append([s, s, (s, s)])
for p in (2, 3, 4, 5):
    for v in vals:
        d = pickle.dumps(v, p)
        print(p, d)
        r = pickle.loads(d)
        print(type(r).__name__, r if type(r) in (int, str, float, tuple, list, dict, bytes) and len(repr(r)) < 100 else '')
    d = pickle.dumps(l, p); r = pickle.loads(d); print(d, r[2] is r)
x = pickle.loads(pickle.dumps(P())); print(x.a, x.b)
x = pickle.loads(pickle.dumps(a)); print(x.x)
