def show(it, adv=1):
    for _ in range(adv):
        next(it, None)
    r = it.__reduce__()
    h = it.__length_hint__() if hasattr(it, '__length_hint__') else '-'
    r = tuple(x if type(x).__name__ not in ('function',) and 'iterator' not in type(x).__name__ else type(x).__name__ for x in r)
    if len(r) > 1 and isinstance(r[1], tuple):
        r = (r[0], tuple(x if 'iterator' not in type(x).__name__ and type(x).__name__ != 'function' else type(x).__name__ for x in r[1])) + r[2:]
    print(type(it).__name__, r, h, [m for m in ('__setstate__', '__length_hint__') if hasattr(type(it), m)])
show(iter([1, 2, 3])); show(iter([1]), 2); show(reversed([1, 2, 3])); show(reversed([1]), 2)
show(iter((1, 2))); show(iter((1,)), 2); show(iter('abc')); show(iter('é')); show(iter('ab'), 3)
show(iter(b'ab')); show(iter(bytearray(b'ab'))); show(iter(range(5))); show(iter(range(1, 10, 3)), 4)
show(iter(range(2**70))); show(iter(range(1, 11, 3)), 0); show(reversed(range(4)))
show(iter({1: 2, 3: 4})); show(iter({1: 2}.values())); show(iter({1: 2}.items()))
show(reversed({1: 2, 3: 4})); show(reversed({1: 2}.items())); show(reversed({1: 2, 5: 6}.values()), 0)
show(iter({1, 2, 3})); show(iter(frozenset({1}))); show(iter({1}), 2)
show(iter(lambda: 1, 2)); show(iter(lambda: 1, 1), 2); show(enumerate('ab', 3)); show(zip('ab', 'cd'))
show(zip('ab', strict=True)); show(map(str, [1])); show(filter(None, [1])); show(reversed((1, 2, 3)))
show(reversed((1, 2)), 3)
class S:
    def __getitem__(s, i):
        if i > 3:
            raise IndexError
        return i
print(iter(S()).__length_hint__()); show(iter(S()), 5)
it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it)); it.__setstate__(0); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(0); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(10); print(list(it))
it = iter(range(10)); it.__setstate__(8); print(list(it))
it = iter("héllo"); it.__setstate__(3); print(list(it))
z = zip('a', 'bc'); z.__setstate__(True)
try:
    print(list(z))
except ValueError as e:
    print("ValueError:", e)
print(iter({}).__length_hint__(), type(iter(map(str, []))).__name__)
for x in [iter([]), iter(()), iter(""), iter("é"), iter(b""), iter(range(0)), iter({}), iter(set()), reversed([]), reversed(()), enumerate([]), zip(), iter(S())]:
    print(type(x).__name__, type(x).__module__ if hasattr(type(x), '__module__') else '-', repr(x)[:len(type(x).__name__) + 1])
class E(enumerate):
    pass
print(list(E("ab")), E.__mro__)
try:
    class Bad(type(iter([]))):
        pass
except TypeError as e:
    print("TypeError:", e)
import operator
print(operator.length_hint(iter(range(7))), operator.length_hint(iter(S())), operator.length_hint(reversed("abc")))
import copy
it = iter([1, 2, 3]); next(it)
c = copy.copy(it); print(list(c), list(it))
big = iter(range(-2**62, 2**62))
big.__setstate__(2**63 + 5)
print(big.__length_hint__(), list(big)[:1])
big = iter(range(-2**62, 2**62, 2**61))
big.__setstate__(1)
print(list(big), big.__reduce__())
