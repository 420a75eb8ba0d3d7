# `LOAD_GLOBAL; COMPARE_OP` is fused when the global and the value below it are small ints:
# every other operand, a global rebound or deleted after the fused site ran, and each use of the
# result (a conditional jump, a value, `or`, a return) must behave as the plain instructions.
LIMIT = 3
HELD = 4


class Loud(int):
    def __eq__(self, other):
        print("Loud.__eq__", int(self), other)
        return True

    __hash__ = int.__hash__


def is_held(x):
    return x == HELD


def below(x):
    if x < LIMIT:
        return "below"
    return "not below"


def not_equal(x):
    if not x != HELD:
        return "equal"
    return "different"


def either(x):
    return x == HELD or x == LIMIT


def count_up():
    i = 0
    n = 0
    while i < LIMIT:
        i += 1
        n += 1
    return n


def flags(x):
    return [x < LIMIT, x <= LIMIT, x == LIMIT, x != LIMIT, x > LIMIT, x >= LIMIT]


for x in range(6):
    print(x, is_held(x), below(x), not_equal(x), either(x), flags(x))
print(count_up())

# Operands that are not small ints: floats, strings, big ints, bools, None, a subclass.
for x in (3.0, 2.5, "s", 2**70, True, None, Loud(9)):
    try:
        print(repr(x), is_held(x), below(x))
    except TypeError as e:
        print(repr(x), "TypeError:", e)

# The globals change after the sites ran.
for g in (3, 3.5, 2**70, -(2**70), "x", Loud(4), None):
    LIMIT = g
    HELD = g
    for x in (3, 4):
        try:
            print(repr(g), x, is_held(x), below(x), either(x))
        except TypeError as e:
            print(repr(g), x, "TypeError:", e)
LIMIT = 3
HELD = 4
print(count_up(), is_held(4), below(2))
del HELD
try:
    is_held(4)
except NameError as e:
    print("NameError:", e)
HELD = 5
print(is_held(5), is_held(4))
globals()["LIMIT"] = 10
print(count_up(), below(9))

# Small ints at the edges of the inline range.
LIMIT = 2**61 - 1
print(below(2**61 - 2), below(2**61 - 1), below(2**61), below(-(2**61)))
LIMIT = -(2**61)
print(below(-(2**61) - 1), below(-(2**61)), below(0))

# A traceback's line for a comparison the fused site could not do.
LIMIT = object()
try:
    below(1)
except TypeError as e:
    import traceback
    print(traceback.format_exc().replace(__file__, "FILE"))
