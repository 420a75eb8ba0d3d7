"""Builtin iterators reused from the per-thread free list: a reused iterator has its own type
and state, and releases what it iterated over at once."""
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def kinds():
    data = [[1, 2, 3], (4, 5), "ab", range(3), {"k": 1, "j": 2}, {7}, b"xy"]
    for _ in range(2):
        for seq in data:
            it = iter(seq)
            print(type(it).__name__, next(it), it.__length_hint__() if hasattr(it, "__length_hint__") else "-", list(it))
    it = reversed([1, 2, 3])
    print(type(it).__name__, list(it))
    it = iter({"a": 1}.items())
    print(type(it).__name__, list(it))


def releases():
    l = [D("in list")]
    it = iter(l)
    del l
    print("iterator holds the list")
    del it
    print("after del")
    t = (D("in tuple"),)
    for x in t:
        pass
    del t, x
    print("after loop")


def counts():
    l = [1, 2]
    print(sys.getrefcount(l))
    its = [iter(l) for _ in range(3)]
    print(sys.getrefcount(l))
    del its
    print(sys.getrefcount(l))
    for _ in range(3):
        for x in l:
            print(sys.getrefcount(l), end=" ")
    print()
    print(sys.getrefcount(l))


def exhausted():
    it = iter([1])
    print(list(it), list(it))
    del it
    it = iter([5, 6])
    print(next(it), next(it), next(it, "done"))


kinds()
releases()
counts()
exhausted()
