# Operators float does not define, between ints, bools and floats: the error names each
# operand's own type, for plain, augmented and function-local (quickened) operations.
for e in ["5 & 2.5", "2.5 & 5", "5 | 2.5", "5 ^ 2.5", "5 << 2.5", "5 >> 2.5", "2.5 | 2.5",
          "True & 2.5", "2.5 ^ False", "5 @ 2.5", "2.5 @ 2.5", "(1+2j) & 1"]:
    try:
        eval(e)
    except TypeError as x:
        print(e, "->", x)


def f(a, b):
    return a & b


def g(a, b):
    a <<= b
    return a


for a, b in [(5, 2.5), (2.5, 5), (5, 1), (6, 3)]:
    for fn in (f, g):
        try:
            print(fn.__name__, fn(a, b))
        except TypeError as x:
            print(fn.__name__, x)
print(5 + 2.5, 2.5 * 2, 7 // 2.0, 7 % 2.5, 2 ** 0.5)
