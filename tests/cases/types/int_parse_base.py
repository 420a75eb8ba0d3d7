print(int("42"), int("  -17  "), int("+8"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("777", 8), int("-101", 2))
print(int(3.99), int(-3.99), int("0"), int(), int(b"12"))
for s, base in [("12", 1), ("abc", 10), ("0x", 16), ("", 10), ("1.5", 10), ("08", 0)]:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(int("١٢٣"), int("10", base=3))
