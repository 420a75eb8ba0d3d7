print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(-2, 3), pow(4, 0.5), pow(7, 2, 5), pow(base=3, exp=2))
print(pow(-1, 0.5))
print(pow(0, 0), pow(0.0, 0), pow(10, 20), pow(-3, 3, 5))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
