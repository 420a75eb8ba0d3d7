"""The eval loop's float fast paths for `//`, `%` and `**` (results that may reuse a temporary
operand) and their edges: zero divisors, signs, non-positive bases, overflow, infinities and
NaN, small ints beside floats, in-place forms, and float subclasses that override the operator."""

import math


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


xs = [7.5, -7.5, 0.0, -0.0, 3, -3, 1e308, float("inf"), float("-inf"), float("nan")]
ys = [2.0, -2.0, 0.5, -1.5, 0.0, -0.0, 3, -3, float("inf"), float("nan")]
for x in xs:
    for y in ys:
        if isinstance(x, int) and isinstance(y, int):
            continue
        show(f"{x!r} // {y!r}", lambda: x // y)
        show(f"{x!r} % {y!r}", lambda: x % y)
        show(f"{x!r} ** {y!r}", lambda: x ** y)

# Temporaries as left and right operands (the result object may be reused).
a, b = 1.5, 2.5
show("(a + b) ** 2.0", lambda: (a + b) ** 2.0)
show("2.0 ** (a + b)", lambda: 2.0 ** (a + b))
show("(a - b) % 0.75", lambda: (a - b) % 0.75)
show("(a * b) // (a - 3.0)", lambda: (a * b) // (a - 3.0))
show("(a - b) ** 0.5", lambda: (a - b) ** 0.5)
show("(a + b) ** 2000.0", lambda: (a + b) ** 2000.0)
show("(a - a) ** -1.0", lambda: (a - a) ** -1.0)
print("a, b unchanged:", a, b)

# In-place forms on a local.
t = 10.0
t **= 0.5
print("t **= 0.5", t)
t %= 1.0
print("t %= 1.0", round(t, 12))
t = -7.25
t //= 2.0
print("t //= 2.0", t)
try:
    t %= 0.0
except ZeroDivisionError as e:
    print("t %= 0.0:", e)
try:
    t //= 0
except ZeroDivisionError as e:
    print("t //= 0:", e)

# A loop whose temporaries are reused many times gives the same sums as math.pow / math.fmod.
acc = 0.0
acc2 = 0.0
for i in range(1, 200):
    acc += (i * 0.25 + 1.0) ** -1.5
    acc2 += (i * 0.6180339887498949) % 1.0
print(f"{acc:.12f} {sum(math.pow(i * 0.25 + 1.0, -1.5) for i in range(1, 200)):.12f}")
print(f"{acc2:.12f}")


class F(float):
    def __pow__(self, other):
        return "F.__pow__"

    def __mod__(self, other):
        return "F.__mod__"

    def __floordiv__(self, other):
        return "F.__floordiv__"

    def __rpow__(self, other):
        return "F.__rpow__"


show("F(2.0) ** 2.0", lambda: F(2.0) ** 2.0)
show("F(2.0) % 2.0", lambda: F(2.0) % 2.0)
show("F(2.0) // 2.0", lambda: F(2.0) // 2.0)
show("2.0 ** F(3.0)", lambda: 2.0 ** F(3.0))


class G(float):
    pass


show("G(2.0) ** 3.0", lambda: G(2.0) ** 3.0)
show("G(7.0) % 2.0", lambda: G(7.0) % 2.0)
