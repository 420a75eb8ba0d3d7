# str(x), int(x), float(x) with one positional argument take a fast path for the exact
# builtin types; subclasses, keywords, several arguments and errors go the generic way.


class Txt:
    def __str__(self):
        return "txt!"

    def __int__(self):
        return 7

    def __index__(self):
        return 8

    def __float__(self):
        return 2.5


class BadStr:
    def __str__(self):
        return 3


class MyStr(str):
    pass


class MyInt(int):
    pass


class MyFloat(float):
    pass


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def direct(which, x):
    try:
        if which == 0:
            r = str(x)
        elif which == 1:
            r = int(x)
        else:
            r = float(x)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def run():
    for x in [0, -12, 2**70, 3.25, "abc", b"xy", True, None, Txt(), MyStr("s"), MyInt(4)]:
        direct(0, x)
    for x in ["123", " -7 ", "1_000", "0x10", "12.5", "", b"42", 3.9, -2.5, True, Txt(),
              MyInt(5), MyStr("9"), 2**80, 1e300, float("inf"), float("nan"), None, [1]]:
        direct(1, x)
    for x in ["1.5", " 2 ", "inf", "-nan", "1e500", "x", b"3.5", 7, 2**70, 10**400, True,
              Txt(), MyFloat(1.5), MyStr("4.5"), None, "1_0.5"]:
        direct(2, x)
    s = "abc"
    print(str(s) is s, str(MyStr("q")) is s)
    try:
        str(BadStr())
    except TypeError as e:
        print("direct", e)
    print(int("ff", 16), str(b"ab", "ascii"), MyStr(5), MyInt("6"), MyFloat("6.5"))
    print(repr(str()), int(), float())
    show(int, "12", base=10)
    show(str, object="kw")
    show(float, x=1)


for _ in range(2):
    run()

# Short plain decimal texts are parsed without a big int; everything else by the full parser.
for s in ["0", "-0", "+5", "007", "123456789012345678", "-999999999999999999",
          "1234567890123456789", "+", "-", "", " 12", "12 ", "1_2", "١٢", "+-1", "--1", "0x1",
          "9" * 18, "-" + "9" * 19, "4" * 4301]:
    try:
        n = int(s)
        print(repr(s[:25]), n if n < 10**30 else "big", int(s.encode()) == n if s.isascii() else "")
    except ValueError as e:
        print(repr(s[:25]), "ValueError", str(e)[:60])
