class MyFloat(float):
    pass

f = MyFloat(2.5)
print(f + 1, 1 + f, f * 2, f / 2, f // 2, f % 2, -f, abs(MyFloat(-1.5)), f ** 2, type(f + 1).__name__, repr(f), str(f))
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__sub__(1.5, 2), float.__rsub__(1.5, 2), float.__add__(1.5, "x"))
print(float.__truediv__(1.0, 4), float.__rtruediv__(4.0, 1), float.__floordiv__(7.5, 2), float.__mod__(-7.5, 2), float.__divmod__(7.5, -2))
print(float.__pow__(2.0, 0.5), float.__rpow__(2.0, 3), float.__eq__(1.0, 1), float.__lt__(1.5, 2), float.__ne__(1.0, "1"), float.__ge__(2.0, 2))
print(float.__bool__(0.0), float.__int__(-2.7), float.__trunc__(2.7), float.__floor__(-2.5), float.__ceil__(-2.5), float.__float__(3.5))
print(float.__round__(2.5), float.__round__(3.5), float.__round__(2.675, 2), float.__round__(1234.5, -2), round(MyFloat(7.5)), round(-0.0, 1))
print(round(0.5, 0), round(-1.5, 0), round(1e-320, 320), round(123.456, None), round(5.5, -1), round(15.0, -1), round(25.0, -1))
print(float.is_integer(3.0), (3.5).is_integer(), float("inf").is_integer(), (-2.0).as_integer_ratio(), (1e-3).as_integer_ratio())
print((0.0).as_integer_ratio(), (5e-324).as_integer_ratio()[1].bit_length(), (1e300).as_integer_ratio()[0] % 1000)
print((1.0).hex(), (-0.1).hex(), (5e-324).hex(), float("inf").hex(), float.fromhex("-0x1.ffffffffffffp+1023"), float.fromhex(" 0x.8p1 "), MyFloat.fromhex("0x1p-1"), type(MyFloat.fromhex("0x1p0")).__name__)
print(float.fromhex("inf"), float.fromhex("-nan"), float.fromhex("0x1p-1074"), float.fromhex("1"), float.fromhex("0XAp0"))
for bad in [lambda: float.fromhex("0x1p99999"), lambda: float.fromhex("zz"), lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: round(2.5, 1.5), lambda: pow(2.0, 3, 4), lambda: divmod(1.0, 0), lambda: (1e308).__floor__() + float("inf").__floor__()]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(float.__hash__(1.5), hash(MyFloat(1.5)), float.__repr__(1e22), float.__format__(1.5, ".3f"), format(MyFloat(2.0), "e"), float.__format__(2.0, ""))
print(float(), float(" 1e3 "), float(b"2.5"), float(MyFloat(3.0)), type(float(MyFloat(3.0))).__name__, float(True), float("-0"), float(10 ** 308))
class F:
    def __float__(self):
        return 4.25
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()), (2.5).real, (2.5).imag, (2.5).conjugate(), MyFloat(1.5).conjugate(), type(MyFloat(1.5).conjugate()).__name__)
for bad in [lambda: float(10 ** 400), lambda: float("x1"), lambda: float([]), lambda: float(b"zz")]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(1e16 + 1, 0.1 + 0.2 == 0.3, 3.0 // 0.5, -3.0 % 0.7, 2.0 ** -1074, 2.0 ** 1023 * 2 == float("inf") if False else 0, (-2.0) ** 3, 0.0 ** 0)
