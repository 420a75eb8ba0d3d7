print(min([3, 1, 2], key=lambda x: -x), max("abc", "abd", key=None), min((x for x in [5, 4]), default=9), max([], key=len, default=[]))
print(min(1, 1.0), min(1.0, 1), max([1, 2], [1, 3]), min({3: 1, 1: 2}), max(range(10 ** 6)), min("b"))
print(sum([0.1] * 10), sum([1] * 5, 0.5), sum(range(10), start=-45), sum([[1], [2]], start=[0]), sum((1, 2.5, 3j)), sum([2 ** 64, -(2 ** 64)]))
print(abs(-2 ** 100), abs(-0.0), abs(True), abs(False), abs(-5.5), abs(1 - 1j))
print(divmod(-10, 3), divmod(10, -3), divmod(-10.5, 3), divmod(10, 2.5), divmod(True, 2), divmod(2 ** 70, -3))
print(pow(3, 4, 5), pow(3, -1, 5), pow(-2, 3, 5), pow(2, 3, -5), pow(True, 2), pow(2, 0.5), pow(exp=2, base=5), pow(4, 0.5, None))
print(round(2.5), round(-2.5), round(2.567, 2), round(2.565, 2), round(1.0 / 3, 5), round(1e15 + 0.5), round(10 ** 20 + 0.5) if False else 0)
print(bin(-0), hex(-1), oct(-9), bin(True), hex(2 ** 64 - 1), oct(0o777))
print(chr(0x10FFFF) == "\U0010FFFF", ord("\U0010FFFF"), ord(chr(0xE9)), chr(True))
for bad in [lambda: min(), lambda: min([]), lambda: max(1, 2, foo=1), lambda: sum(["a"]), lambda: sum([b"a"], b""), lambda: abs(None), lambda: divmod("a", 1), lambda: divmod(1j, 1), lambda: round("x"), lambda: chr(1.5), lambda: chr(-5), lambda: ord(5), lambda: pow("a", 2, 3), lambda: pow(2, 3, 1.5), lambda: bin(2.0), lambda: round(1.5, "x"), lambda: max(5)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("round", n)
    def __abs__(self):
        return "abs"
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
    def __pow__(self, e, m=None):
        return ("pow", e, m)
print(round(R()), round(R(), 2), abs(R()), divmod(R(), 1), divmod(1, R()), pow(R(), 2), pow(R(), 2, 7))
