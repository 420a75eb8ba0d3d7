"""A product, sum or difference of two locals used at once by the `+`, `-` or `*` after it
(`v[0] -= dx * m`, `a * a + b * b`, `s + x * y`): exact floats and small ints on the left, and
every left operand that takes the ordinary path (float and int subclasses with overrides, big
ints, bools, strs, lists, None), with results, types and counts."""
import sys


class F(float):
    def __add__(self, other):
        print("F.__add__", other)
        return F(float(self) + other)

    def __sub__(self, other):
        print("F.__sub__", other)
        return float(self) - other


class I(int):
    def __mul__(self, other):
        print("I.__mul__", other)
        return 42


def floats():
    dx, dy, m = 0.5, 2.0, 3.0
    v = [1.0, 2.0, 3.0]
    v[0] -= dx * m
    v[1] += dy * m
    v[2] *= dx - m
    print(v)
    print(dx * dx + dy * dy, dx * dx - dy * dy, dx * dx * (dy + m))
    i, j = 3, 4
    print(i * j + dx * dy, 7 - dx * dy, i * (dx + dy), i * j * dx)
    inf, nan = float("inf"), float("nan")
    print(inf * dx - inf * dx, nan * dx + dy, 1e308 * 10.0 + m * dy)
    big = 1 << 61
    print(big - dx * dy, (big << 4) + dx * m, True * (dx + m), True + dx * m)


def others():
    dx, m = 0.5, 4.0
    f = F(1.5)
    print(f + dx * m, type(f + dx * m).__name__)
    print(f - dx * m)
    k = I(3)
    print(k * (dx + m))
    s = "ab"
    try:
        print(s + dx * m)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(None - dx * m)
    except TypeError as e:
        print("TypeError", e)
    lst = [1]
    try:
        lst *= dx * m
    except TypeError as e:
        print("TypeError", e)
    n = 2
    print(lst * (n * n), [0] * (n + n))
    a, b = 3, 5
    t = (1.0, 2.0)
    print(t[0] * 1 + a * b, type(t[0] * 1 + a * b).__name__)


def counts():
    dx, m = 0.25, 8.0
    v = [float("1.5")]
    item = v[0]
    v[0] += dx * m
    print(v, item, sys.getrefcount(item), sys.getrefcount(v[0]))
    acc = 0.0
    for _ in range(5):
        acc = acc + dx * m
    print(acc, sys.getrefcount(acc))


floats()
others()
counts()
