from fractions import Fraction as F
import numbers
print(F(1, 3) + F(1, 6), F("0.25"), F(3, 9), F(1, 3) * 3, F(-6, 4), repr(F(1, -3)))
print(F("1/3"), F(" -2/4 "), F("1e-3"), F("1.5e2"), F(".5"), F("3."), F(0.1), F(F(2, 3)))
for bad in ["", "1/", "/2", "a", "1.2.3", "1/ 2", "1 /2", "e5"]:
    try:
        F(bad)
    except ValueError as e:
        print(e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
print(F(5, 2).limit_denominator(1), float(F(1, 8)), round(F(7, 2)), round(F(5, 2)), round(F(1234, 100), 1))
print(F(3.141592653589793).limit_denominator(1000), F(1, 2) == 0.5, F(1, 2) < 1, 1 < F(3, 2), F(1, 2) + 0.5, F(1, 2) + 1j)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)), hash(F(1, 3)), F(7, 2) // 1, F(7, 2) % 1, divmod(F(7, 2), F(1, 3)))
print(F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, 4 ** F(1, 2), F(4) ** F(1, 2), 2 ** F(2))
print(int(F(-7, 2)), math_floor := __import__("math").floor(F(-7, 2)), __import__("math").ceil(F(-7, 2)), abs(F(-1, 2)), -F(1, 2))
print(isinstance(F(1), numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.5, numbers.Rational), isinstance(1j, numbers.Complex), isinstance(1.5, numbers.Real))
print(issubclass(int, numbers.Number), issubclass(bool, numbers.Integral), isinstance("a", numbers.Number), F(1, 3).as_integer_ratio(), sum([F(1, 3)] * 3), 1 - F(1, 3), 2 / F(4))
print(F(1, 3) != F(1, 3), sorted([F(1, 2), F(1, 3), 0.4]), bool(F(0)), F(1, 2) == 1j)
