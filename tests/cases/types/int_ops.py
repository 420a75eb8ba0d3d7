print(17 // 5, 17 % 5, -17 // 5, -17 % 5, 17 // -5, 17 % -5, -17 // -5, -17 % -5)
print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3, (-3) ** 2, 2 ** -2, (-2) ** -1)
print(7 / 7, type(7 / 7).__name__, 1 / 3, 10 / 4, -10 / 4)
print(abs(-5), abs(0), -0, int(-0.0))
print(int.bit_length(255), (1023).bit_length(), (-1).bit_length(), (0).bit_length())
print((255).bit_count(), (-7).bit_count())
print((10).numerator, (10).denominator, (10).real, (10).imag, (7).conjugate())
print((6).as_integer_ratio(), (5).__index__())
print(int(True), True + 1, False * 10)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
