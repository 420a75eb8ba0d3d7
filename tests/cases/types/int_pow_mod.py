print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, -1, 7), pow(3, -2, 11), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, 0.5), pow(-8, 1 / 3))
print(pow(10, 100, 10 ** 9 + 7), pow(12345678901234567890, 98765, 10 ** 20))
print(pow(0, 0), pow(0, 0, 1), pow(5, 0, 1))
