print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(7.0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(1e300, 2), round(2.675, 2))
print(round(float("inf"), 2), round(123.456, -1), round(-0.5), round(0.5 + 1e-9))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
