"""`c[a:b] = v` with `v` a new exact list as long as the slice: the items are swapped into
`c` and `v` releases the replaced ones, last first, before the next statement (as CPython's
`list_ass_slice`); other lengths, shared or same-list sources, tuples and subclasses take
the copying path."""
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return self.name


def cap(l):
    return (sys.getsizeof(l) - sys.getsizeof([])) // 8


def swapped():
    c = [D("c0"), D("c1"), D("c2"), D("c3")]
    c[1:3] = [D("n1"), D("n2")]
    print("after", c)
    c[:2] = c[1::-1]
    print("reversed", c)
    c[-2:] = [D("t2"), D("t3")]
    print("tail", c, cap(c))
    del c
    print("---")


def not_swapped():
    c = [D("a0"), D("a1"), D("a2")]
    keep = [D("k0"), D("k1")]
    c[0:2] = keep
    print("shared", c, keep, c[0] is keep[0])
    c[0:1] = [D("w0"), D("w1")]
    print("longer", c)
    c[1:3] = [D("s")]
    print("shorter", c)
    c[:] = c
    print("same", c)
    c[:2] = (D("u0"), D("u1"))
    print("tuple", c)

    class L(list):
        pass

    c[:2] = L([D("l0"), D("l1")])
    print("subclass", c)
    c[5:9] = []
    c[3:1] = [D("e")]
    print("empty slices", c)
    del c, keep
    print("---")


def fannkuch_like():
    perm = list(range(9))
    flips = 0
    for k in (8, 3, 5, 1, 7, 2):
        perm[: k + 1] = perm[k::-1]
        flips += perm[0]
    print(perm, flips, cap(perm))


swapped()
not_swapped()
fannkuch_like()
