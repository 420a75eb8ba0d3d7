"""Unpacking into locals (`a, b = t`, `for p, q, r in ...`): the fused step of exact tuples and
lists and every way its guard fails (subclasses overriding `__iter__`, iterators, wrong lengths,
non-iterables), the order in which old values are released, and reference counts."""
import sys


def fused_kinds():
    out = []
    for a, b in [(1, 2), [3, 4]]:
        out.append((a, b))
    for a, b, c in [(1, 2, 3), [4, 5, 6]]:
        out.append((a, b, c))
    for a, b, c, d in [(1, 2, 3, 4), [5, 6, 7, 8]]:
        out.append((a, b, c, d))
    print(out)


class T(tuple):
    def __iter__(self):
        return iter(("t-iter", "x"))


class L(list):
    def __iter__(self):
        return iter(["l-iter", "y"])


def subclasses():
    a, b = T((1, 2))
    print(a, b)
    a, b = L([1, 2])
    print(a, b)
    a, b = iter([7, 8])
    print(a, b)
    a, b = (x for x in "pq")
    print(a, b)
    a, b = "rs"
    print(a, b)
    a, b = {"k": 1, "l": 2}
    print(a, b)


def errors():
    for seq in [(1,), [1, 2, 3], (1, 2, 3, 4), [], "abc", iter([1]), 5, None, T((1, 2, 3))]:
        try:
            a, b = seq
            print("ok", a, b)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    for seq in [(1, 2), [1, 2, 3, 4, 5]]:
        try:
            a, b, c = seq
            print("ok", a, b, c)
        except ValueError as e:
            print(type(e).__name__, e)


def unbound_after_error():
    try:
        a, b = (1, 2, 3)
    except ValueError:
        pass
    try:
        print(a)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, sys._getframe(1).f_lineno - FIRST)


FIRST = 0


def release_order():
    a, b, c = [D("a0"), D("b0"), D("c0")]
    print("stored")
    t = (D("a1"), D("b1"), D("c1"))
    a, b, c = t
    print("replaced")
    t = [D("a2"), D("b2"), D("c2")]
    a, b, c = t
    print("replaced from list")
    del t
    a, b, c = [1, 2, 3]
    print("done")


def refcounts():
    x = object()
    t = (x, x)
    base = sys.getrefcount(x)
    a, b = t
    print(sys.getrefcount(x) - base)
    a, b = 1, 2
    print(sys.getrefcount(x) - base)
    u = [x, x, x]
    a, b, c = u
    print(sys.getrefcount(x) - base)
    del u
    a = b = c = None
    print(sys.getrefcount(x) - base)
    print(sys.getrefcount(t))


def mutation_in_del():
    box = []

    class M:
        def __del__(self):
            box.append("m")
            lst.clear()

    lst = [M(), M()]
    p, q = lst[0], lst[1]
    lst[:] = [1, 2]
    p, q = [3, 4]
    print(p, q, box, lst)


fused_kinds()
subclasses()
errors()
unbound_after_error()
FIRST = release_order.__code__.co_firstlineno
release_order()
refcounts()
mutation_in_del()
