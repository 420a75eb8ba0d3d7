"""Tuples and lists reused from the per-thread free lists: items released last to first,
refcounts, subclasses, the collector's tracking and threads."""
import gc
import sys
import threading


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def tuples_release_backwards():
    for n in (1, 2, 3, 19, 20):
        t = tuple(D(f"t{n}.{i}") for i in range(min(n, 3)))
        t = t + (0,) * (n - len(t))
        print("len", len(t))
        del t


def lists_release_backwards():
    l = [D("a"), D("b"), D("c")]
    del l
    l = [D("x")]
    l.append(D("y"))
    l = None


def reuse_keeps_counts():
    o = object()
    for _ in range(3):
        t = (o, o)
        l = [o, o, o]
        print(sys.getrefcount(o), len(t), len(l))
        del t, l
    print(sys.getrefcount(o))
    t = (o,)
    print(t[0] is o, sys.getrefcount(o))


class T(tuple):
    pass


class L(list):
    pass


def subclasses():
    for _ in range(2):
        t = T((1, 2))
        l = L([1, 2])
        print(type(t).__name__, t, type(l).__name__, l)
        del t, l
    t = (1, 2)
    l = [1, 2]
    print(type(t).__name__, type(l).__name__)


def tracked():
    for _ in range(3):
        l = [[]]
        t = ([],)
        print(gc.is_tracked(l), gc.is_tracked(t), any(x is l for x in gc.get_objects()))
        del l, t
    cyc = []
    cyc.append((cyc,))
    del cyc
    print("collected", gc.collect() >= 2)
    a = [1, 2, 3]
    b = (a, a)
    print(gc.get_referents(b) == [a, a], gc.get_referrers(a) == [b])


def threads():
    out = []

    def work(k):
        total = 0
        for i in range(2000):
            t = (i, k)
            l = [t, i]
            total += l[0][0] + t[1]
        out.append(total)

    ths = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for th in ths:
        th.start()
    for th in ths:
        th.join()
    print(sorted(out))


tuples_release_backwards()
lists_release_backwards()
reuse_keeps_counts()
subclasses()
tracked()
threads()
