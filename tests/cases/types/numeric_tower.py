from fractions import Fraction
from decimal import Decimal
print(Fraction(1, 3) + Fraction(1, 6), Fraction("0.25"), Fraction(3, 9), Fraction(1, 3) * 3)
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(7))
print(1 == 1.0 == Fraction(1) == Decimal(1), 0.5 == Fraction(1, 2))
import numbers
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Rational), isinstance(1j, numbers.Complex))
print(Fraction(5, 2).limit_denominator(1), float(Fraction(1, 8)), round(Fraction(7, 2)))
