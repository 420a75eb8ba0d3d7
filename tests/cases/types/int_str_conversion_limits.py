big = 10 ** 1000
s = str(big)
print(len(s), s[:5], s[-5:], int(s) == big)
print(len(str(-big)), str(2 ** 4000)[-10:])
import sys
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
print(hex(10 ** 5000)[:10], len(hex(10 ** 5000)))
