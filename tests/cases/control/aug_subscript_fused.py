"""Augmented subscripts of a local container (`v[0] -= x`, `v[i] += x`): the fused read of an
exact list or tuple with a small-int index, and every way its guard fails (subclasses with
`__getitem__`/`__setitem__`, dicts, tuples, negative, out-of-range, bool, big and non-int
indices, unbound locals), float and int results (overflow to big ints), and counts."""
import sys


def floats():
    v = [1.0, 2.0, 3.0]
    a, b = 0.5, 4.0
    v[0] -= a * b
    v[1] += a * b
    v[2] *= b
    i = 1
    v[i] /= b
    v[-1] -= 1.0
    print(v)
    v[0] += float("inf")
    v[1] -= float("nan")
    print(v)


def ints():
    c = [0, 1, 2]
    r = 2
    c[r] -= 1
    c[0] += 1 << 61
    c[0] += 1 << 61
    c[1] *= 10**30
    c[-3] //= 7
    print(c, type(c[0]))
    t = 1
    k = -1
    c[k] <<= 3
    c[t] %= 7
    print(c)


class L(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        list.__setitem__(self, i, v)


def subclasses_and_others():
    s = L([1, 2, 3])
    s[0] += 10
    i = 2
    s[i] -= 1
    print(s)
    d = {0: 1.5, "k": 2}
    d[0] += 1.0
    key = "k"
    d[key] *= 3
    print(d)
    t = (1, 2)
    try:
        t[0] += 1
    except TypeError as e:
        print("TypeError", e)
    print(t)


def bad_indices():
    v = [1, 2, 3]
    for k in [3, -4, 10**20, 1.0, "0", None]:
        try:
            v[k] += 1
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        v[3] += 1
    except IndexError as e:
        print("IndexError", e)
    b = True
    v[b] += 100
    v[False] -= 100
    print(v)
    try:
        v[-4] -= 1
    except IndexError as e:
        print("IndexError", e)


def unbound_container():
    try:
        w[0] += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    w = None


def unbound_index():
    v = [1]
    try:
        v[j] += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    j = 0


def counts():
    x = object()
    v = [x, 1.5]
    base = sys.getrefcount(x)
    i = 0
    try:
        v[i] += 1
    except TypeError as e:
        print("TypeError", e)
    print(sys.getrefcount(x) - base, sys.getrefcount(v))
    v[1] += 1.0
    print(v[1], sys.getrefcount(v))


floats()
ints()
subclasses_and_others()
bad_indices()
unbound_container()
unbound_index()
counts()
