"""set.add/remove/discard: the direct path for one positional argument on a set, and the
checked path's errors (keywords, wrong counts, wrong self) for the same methods."""


class S(set):
    pass


s = S()
s.add(1)
s.discard(2)
set.add(s, 3)
print(sorted(s), type(s).__name__)
for call in (
    lambda: s.add(),
    lambda: s.add(1, 2),
    lambda: s.add(x=1),
    lambda: s.remove(key=1),
    lambda: s.discard(1, 2),
    lambda: set.add(frozenset(), 1),
    lambda: set.remove([], 1),
    lambda: s.remove(99),
    lambda: s.add([]),
    lambda: s.discard({2}),
    lambda: s.remove({3}),
):
    try:
        print(call())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(sorted(s))
for call in (
    lambda: set().pop(1),
    lambda: frozenset().copy(1),
    lambda: frozenset().isdisjoint(),
    lambda: set().issubset(a=1),
    lambda: set(1, 2),
    lambda: set().clear(1),
):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
