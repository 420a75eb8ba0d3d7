z = 3 - 4j
print(z.conjugate(), abs(z), z.real, z.imag, complex.__add__(z, 1), complex.__radd__(z, 1), complex.__sub__(z, 1j), complex.__rsub__(z, 1))
print(complex.__mul__(z, 2), complex.__truediv__(z, 2), complex.__rtruediv__(z, 1), complex.__pow__(z, 2), complex.__rpow__(2j, 2), complex.__add__(z, "x"))
print(complex.__eq__(z, 3 - 4j), complex.__eq__(1 + 0j, 1), complex.__eq__(1 + 0j, 1.0), complex.__ne__(z, z), complex.__eq__(z, "z"), complex.__lt__(z, z))
print(complex(1, 2), complex(real=1), complex(imag=2), complex(1j, 1j), complex(1 + 2j), complex(2.5), complex(True), complex("  3+4J"), complex("-j"), complex("1e3-1.5e-2j"))
print(complex("inf+nanj"), complex("(2)"), complex("1_0+2_0j"), complex(-0.0, -0.0), complex(0.0, -0.0), -(0j), repr(complex(-0.0, 0)))
for bad in ["1+", "j1", "1+2k", "(1+2j", "", "1 + 2j", "2jj"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]), lambda: complex(1, []), lambda: abs(complex(1e308, 1e308)), lambda: 0j ** -1, lambda: (1 + 1j) % 2, lambda: pow(1j, 2, 3)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 2 + 3j
print(complex(C()), hash(1 + 2j), hash(complex(3, 0)) == hash(3), bool(0j), bool(1j), complex.__bool__(0j), (1j) ** 3, (2 + 0j) ** -2)
print((1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (1e200 + 1e200j) / (1e200 + 1e200j), 2 ** (1 + 1j), (1 + 1j) ** (2 + 0.5j))
print(repr(1j), repr(-1j), repr(1 + 0j), repr(complex(0, 1e300)), str(complex(1.5, -2.25)), repr(complex(float("nan"), float("inf"))))
