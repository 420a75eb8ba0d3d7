z = complex(3, 4)
print(z, abs(z), z.real, z.imag, z.conjugate(), -z)
print(z + 1, z * 1j, z / 2, z ** 2, (1 + 1j) ** 0.5)
print(complex("1+2j"), complex("-3.5j"), complex(2), complex(), complex(" (1-1j) "))
print(1j * 1j, (1j) ** 2, 2 * (1 + 1j), z == complex(3, 4), z != 3)
print(repr(complex(0, -0.0)), repr(complex(-1, 0)), complex(1e20, 1e-20))
print(complex(float("inf"), float("nan")), format(z, ".2f"), format(1 + 2j, "^20") + "|")
try:
    z < z
except TypeError as e:
    print("TypeError:", e)
try:
    1 / complex(0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j))
