"""Instances reused from the per-thread free list: a reused instance starts empty whatever
its last owner stored, attributes are released in their order, and weak references,
finalizers, __slots__ and the collector see a fresh object."""
import gc
import sys
import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Q:
    def __init__(self, b, a):
        self.b = b
        self.a = a


class Wide:
    def __init__(self):
        for i in range(9):
            setattr(self, f"x{i}", i)


class S:
    __slots__ = ("u", "v")


def release_order():
    p = P(D("p.a"), D("p.b"))
    del p
    q = Q(D("q.b"), D("q.a"))
    q = None
    w = P(D("w.a"), D("w.b"))
    w.c = D("w.c")
    print(list(vars(w)))
    del w


def starts_empty():
    for cls in (P, Q, P):
        o = cls(1, 2)
        del o
        e = cls.__new__(cls)
        print(cls.__name__, vars(e), hasattr(e, "a"), hasattr(e, "b"))
        e.z = 3
        print(vars(e))
    w = Wide()
    print(len(vars(w)))
    del w
    s = S()
    print(hasattr(s, "u"))
    s.u = 1
    del s
    s = S()
    print(hasattr(s, "u"), hasattr(s, "v"))


def counts_and_weakrefs():
    x = object()
    for _ in range(3):
        p = P(x, x)
        print(sys.getrefcount(x), sys.getrefcount(p))
        r = weakref.ref(p, lambda _: print("callback"))
        del p
        print(r())
    p = P(1, 2)
    print(weakref.getweakrefcount(p), gc.is_tracked(p), any(o is p for o in gc.get_objects()))


def resurrection():
    kept = []

    class R:
        def __del__(self):
            kept.append(self)
            print("resurrected", self.v)

    r = R()
    r.v = 1
    del r
    print(len(kept), kept[0].v)
    o = P(5, 6)
    print(o.a, o.b, kept[0].v)
    kept.clear()
    print("cleared")


def cycles():
    gc.collect()
    for i in range(3):
        a = P(None, i)
        a.a = a
        del a
    print(gc.collect())
    p = P(1, 2)
    print(p.a, p.b)


release_order()
starts_empty()
counts_and_weakrefs()
resurrection()
cycles()
