"""Floor division and modulo of big ints whose quotient is small (the linear-time path) and
the cases around it: negative operands, exact multiples, quotients near 2**62, small divisors,
division by zero, divmod and the spigot pattern of pidigits."""

base = 3**700 + 12345
cases = [
    (base * 9 + 5, base),
    (base * 10 - 1, base),
    (base, base),
    (base - 1, base),
    ((base << 61) + 77, base + 1),
    ((base << 62) + 77, base + 1),
    (base * (2**61 - 1), base - 999),
    (0, base),
    (-(base * 7 + 3), base),
    (base * 7 + 3, -base),
    (-(base * 7), -base),
    (base * 5, 7),
    (2**200 + 1, 2**129 + 3),
]
for x, y in cases:
    q, r = x // y, x % y
    print(q, r % 1000003, q * y + r == x, divmod(x, y) == (q, r), 0 <= r < y if y > 0 else y < r <= 0)
try:
    base // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    base % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def digits(count):
    acc, den, num, k, out = 0, 1, 1, 0, []
    while len(out) < count:
        k += 1
        k2 = k * 2 + 1
        acc = (acc + num * 2) * k2
        den *= k2
        num *= k
        if num > acc:
            continue
        d3, d4 = (num * 3 + acc) // den, (num * 4 + acc) // den
        if d3 != d4:
            continue
        out.append(d3)
        acc = (acc - den * d3) * 10
        num *= 10
    return "".join(map(str, out))


print(digits(300))


class I(int):
    def __floordiv__(self, other):
        return "I.__floordiv__"


print(I(base) // base, base // I(base), type(base // I(base)).__name__)
