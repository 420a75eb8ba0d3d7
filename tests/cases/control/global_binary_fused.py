# `LOAD_GLOBAL` then an arithmetic or bitwise operator is fused when the global, the value below
# it and the result are small ints: results leaving the inline range, errors, other operand types,
# overrides and globals rebound after the site ran must behave as the plain instructions.
HELD = 4
K = 3


class Flags(int):
    def __and__(self, other):
        return "Flags.__and__"

    def __rand__(self, other):
        return "Flags.__rand__"


def ops(x):
    return [x + K, x - K, x * K, x // K, x % K, x & K, x | K, x ^ K]


def shifts(x):
    return [x << K, x >> K]


def held(state):
    return (state & HELD) != 0


def mark(state):
    state = state | HELD
    state += K
    state -= K
    state *= K
    return state


for x in (0, 1, 7, -7, 2**61 - 1, -(2**61)):
    print(x, ops(x), shifts(x), held(x), mark(x))

for g in (0, -1, 2, 62, 63, 100, 2**61 - 1, -(2**61), 2**62, 2**70, 2.5, "s", Flags(6), None):
    K = g
    HELD = g
    out = []
    for x in (5, -5, 2**61 - 1):
        try:
            out.append(ops(x))
        except (ZeroDivisionError, ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}: {e}")
        except TypeError:
            out.append("TypeError")
        if not isinstance(g, int) or g < 200:
            try:
                out.append(shifts(x))
            except ValueError as e:
                out.append(f"ValueError: {e}")
            except TypeError:
                out.append("TypeError")
        try:
            out.append(held(x))
        except TypeError:
            out.append("TypeError")
    print(repr(g), out)

K = 3
print(ops(Flags(12)), held(Flags(12)))
s = "ab"
K = 2
print(s * K, [0] * K, (1,) * K)
l = [1]
L = [2, 3]


def extend():
    global l
    l += L
    return l


print(extend(), extend())
try:
    ops("s")
except TypeError as e:
    print("TypeError:", e)
del K
try:
    ops(1)
except NameError as e:
    print("NameError:", e)
K = 10
print(ops(100))
