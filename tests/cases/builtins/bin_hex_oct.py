print(bin(0), bin(10), bin(-10), hex(0), hex(255), hex(-255), oct(0), oct(8), oct(-8))
print(bin(2 ** 65), hex(2 ** 65), oct(2 ** 65), hex(True))
class I:
    def __index__(self):
        return 42
print(bin(I()), hex(I()), oct(I()))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(int(bin(37), 2), int(hex(37), 16), int(oct(37), 8), float.hex(1.0))
