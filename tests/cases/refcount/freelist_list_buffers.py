"""Lists parked with their items buffer (one free list per buffer capacity) and reused by the
makers that need exactly that capacity: `sys.getsizeof` stays CPython's for each maker,
items are released last to first, finalizers that make lists while a list is freed, and
threads; `list(x)` of an exact list or tuple copied without an iterator (its capacity, subclasses
that override `__iter__`)."""
import sys
import threading


def cap(l):
    return (sys.getsizeof(l) - sys.getsizeof([])) // 8


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def sizes_after_frees():
    # Free lists of many capacities (appended ones grow past their length), then make lists
    # every way: each must report its own exact capacity, whatever buffer it reuses.
    for n in range(0, 20):
        grown = []
        for i in range(n):
            grown.append(i)
        exact = [0] * 0 + grown[:]
        del grown, exact
    a = [1, 2, 3]
    b = [4, 5, 6, 7]
    x = 9
    out = []
    for _ in range(3):
        made = [
            [],
            [x],
            [x, x],
            [x, x, x, x, x],
            a + b,
            b + a,
            [x] + b,
            a + [],
            [] + [],
            a[:],
            b[1:],
            b[:2],
            b[::2],
            b[::-1],
            b[3:0:-1],
            b[5:],
            b[slice(1, 3)],
            a[-2:],
            [*a],
        ]
        out.append([cap(l) for l in made])
        del made
    print(out[0])
    print(out[0] == out[1] == out[2])


def big_and_small():
    # Lists above the kept size still work; their buffers are not kept.
    big = list(range(40))
    for _ in range(3):
        s = big[:30] + big[30:]
        t = big[::3]
        print(len(s), cap(s), len(t), cap(t), s == big)
        del s, t


def release_order():
    for n in (1, 2, 3, 4):
        l = [D(f"{n}.{i}") for i in range(n)]
        r = l[:]
        del l
        print("freeing", n)
        del r
    p = [D("p0"), D("p1")]
    q = [D("q")] + p
    del p
    print("freeing q")
    del q


class MakesLists:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        made = [[self.name, i] for i in range(3)]
        pairs = made[0] + made[1]
        print("del", self.name, pairs, cap(pairs), [cap(m) for m in made])


def finalizer_makes_lists():
    for _ in range(2):
        l = [MakesLists("a"), MakesLists("b")]
        m = l + l
        del l
        print("freeing")
        del m


def reuse_keeps_items_separate():
    kept = []
    for i in range(30):
        l = [i, i + 1]
        s = l + [i + 2]
        kept.append(s[1:])
        del l, s
    print(kept[0], kept[-1], sum(map(sum, kept)))


class IterList(list):
    def __iter__(self):
        return iter(["from __iter__"])


class IterTuple(tuple):
    def __iter__(self):
        return iter(["from __iter__"])

    def __len__(self):
        return 5


def list_of_sequences():
    for n in range(8):
        src = list(range(n))
        a = list(src)
        b = list(tuple(src))
        a.append(0)
        print(n, cap(list(src)), cap(list(tuple(src))), cap(list(range(n))), a == src + [0], b == src, a is not src)
    print(list(IterList([1, 2])), list(IterTuple((1, 2))), list(()), list([]))
    print(cap(list([])), cap(list(())))
    nested = [[1], [2]]
    copy = list(nested)
    print(copy[0] is nested[0], sys.getrefcount(nested[0]))
    del copy
    print(sys.getrefcount(nested[0]))
    for bad in (1, None):
        try:
            list(bad)
        except TypeError as e:
            print("TypeError", e)


def threads():
    out = []

    def work(k):
        total = 0
        items = list(range(7))
        for i in range(1500):
            j = i % 7
            rest = items[:j] + items[j + 1 :]
            total += len([k] + rest) + rest[0]
        out.append(total)

    ths = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for th in ths:
        th.start()
    for th in ths:
        th.join()
    print(sorted(out))


sizes_after_frees()
big_and_small()
release_order()
finalizer_makes_lists()
reuse_keeps_items_separate()
list_of_sequences()
threads()
