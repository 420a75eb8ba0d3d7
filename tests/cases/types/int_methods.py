class MyInt(int):
    pass

m = MyInt(7)
print(m + 1, 1 + m, m * 2, m // 2, m % 4, -m, abs(MyInt(-3)), ~m, m ** 2, type(m + 1).__name__)
print(int.__add__(1, 2), int.__sub__(5, 8), int.__mul__(3, 4), int.__radd__(1, 2), int.__rsub__(1, 10))
print(int.__add__(1, 2.5), int.__eq__(1, 1.0), int.__lt__(1, 2), int.__ne__(3, 3), int.__ge__(5, 5))
print(int.__truediv__(7, 2), int.__floordiv__(-7, 2), int.__mod__(-7, 2), int.__divmod__(-7, 2), int.__rdivmod__(2, -7))
print(int.__pow__(2, 10), int.__pow__(2, 10, 1000), int.__rpow__(2, 3), int.__lshift__(1, 70), int.__rshift__(-1024, 3))
print(int.__and__(12, 10), int.__or__(12, 10), int.__xor__(12, 10), int.__invert__(5), int.__neg__(5), int.__pos__(-5))
print(int.__bool__(0), int.__bool__(-3), int.__index__(9), int.__int__(True), int.__float__(3), int.__abs__(-9))
print(int.__round__(1234, -2), int.__round__(1250, -2), int.__round__(1350, -2), int.__round__(15, -1), int.__round__(25, -1), round(-25, -1))
print(round(123456789, -10), round(5, 0), round(5, 3), round(-7, None), round(True), type(round(True)).__name__)
print((12).__trunc__(), (12).__floor__(), (12).__ceil__(), (12).conjugate(), (2 ** 70).bit_length(), (-(2 ** 70)).bit_count())
print(int.__hash__(-1), hash(MyInt(5)), int.__repr__(42), repr(MyInt(42)), str(MyInt(-3)), format(MyInt(255), "x"))
print(int.__format__(255, "#b"), int.__format__(7, ""), format(True, ""), format(True, "d"), format(False, "^5") + "|")
print((5).as_integer_ratio(), (-5).as_integer_ratio(), True.as_integer_ratio(), (0).numerator, (9).denominator)
print((1).to_bytes(4, "little", signed=True), (-129).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"), (65535).to_bytes(2, byteorder="little"))
print(int.from_bytes(b"\xff", "little", signed=True), int.from_bytes(b"\x01\x00", byteorder="little"), MyInt.from_bytes(b"\x02", "big"), type(MyInt.from_bytes(b"\x02", "big")).__name__)
for bad in [lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"), lambda: pow(2, -1, 6), lambda: int.__add__("a", 1)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(True & True, True | False, False ^ True, True & 3, type(True & 3).__name__, True + True, True.__and__(False), bool.__or__(False, True))
print(repr(True), str(False), bool.__repr__(True), int.__repr__(True), True.__class__.__name__, bool(MyInt(0)))
print(int(), int("0x1f", 16), int("0o17", 0), int(b"  42 "), int(MyInt(9)), type(int(MyInt(9))).__name__, int("1_000"))
print(int(3.99), int(-3.99), int(1e20), int(" -12 "), int("z", 36), int(base=2, x="101") if False else int("101", base=2))
for bad in ["12a", "", " ", "1__0", "0x"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("-inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", 50)
except ValueError as e:
    print("ValueError:", e)
class Idx:
    def __index__(self):
        return 3
class Tr:
    def __int__(self):
        return 11
print(int(Idx()), int(Tr()), bin(Idx()), divmod(MyInt(7), 2), divmod(7, MyInt(2)))
print(min([3, MyInt(1), 2]), max(MyInt(5), 3), MyInt(3) == 3, MyInt(3) < 4.5, hash(MyInt(3)) == hash(3))
print(2 ** 62, -(2 ** 61), (2 ** 61 - 1) + 1, -(2 ** 61) - 1, (-2 ** 63) // -1, (2 ** 62) * 2 // 4)
