print(1 << 10, 1 << 100, -1 << 3, 1024 >> 3, -1024 >> 3, -1 >> 10)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100)
print(-6 & 0xFF, -6 | 1, -6 ^ -1)
print((1 << 64) - 1, (1 << 64) >> 63)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(True << 2, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__)
