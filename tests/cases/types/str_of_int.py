"""str() of ints on the inline fast path and around its bounds (62-bit inline ints, then heap
ints), bools, int subclasses with their own __str__, and f-string/format agreement."""

values = [0, 7, -7, 10, -10, 99, 100, -100, 2**31, -(2**31), 2**61 - 1, -(2**61), 2**61, -(2**61) - 1, 2**63, -(2**64) + 5]
for v in values:
    s = str(v)
    print(s, len(s), s == repr(v) == f"{v}" == format(v), int(s) == v)
print(str(True), str(False), str(-0), str(0x7F), str(1_000_000))


class Loud(int):
    def __str__(self):
        return "loud " + int.__repr__(self)


class Quiet(int):
    pass


print(str(Loud(5)), str(Quiet(5)), type(str(Quiet(5))).__name__, str(5) == "5")
