"""Ranges reused from the per-thread free list: a reused range has its own bounds, big int
bounds included."""
import sys


def shapes():
    for _ in range(2):
        for r in (range(3), range(2, 9, 3), range(5, -5, -2), range(10**20, 10**20 + 3), range(0)):
            print(r, len(r), list(r)[:3], r[-1] if r else None, r == range(r.start, r.stop, r.step))
            del r
    print(range(1, 10)[2:5], hash(range(0)) == hash(range(1, 1)))


def big_bounds():
    big = 10**30
    rs = [range(big, big + 3 * i) for i in range(3)]
    print([len(r) for r in rs], rs[2][1] - big)
    del rs
    total = 0
    for _ in range(3):
        for i in range(big, big + 2):
            total += i - big
    print(total, range(big)[-1] == big - 1)


def errors():
    for args in ((1, 2, 0), ("a",), (1.5,)):
        try:
            range(*args)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    print(range(4))


shapes()
big_bounds()
errors()
