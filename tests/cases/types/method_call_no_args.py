# Methods of no arguments called on a local (LOAD_FAST, LOAD_METHOD, CALL_METHOD 0: one quickened
# step when the cached method is a builtin with a fast entry): results used and discarded
# (mid-body and at a loop's end), str subclasses with and without overrides, a Python method,
# a method replaced on the class after the site ran, the receiver changing type at one site, an
# unbound local, a traceback's line, refcounts and __del__ order.
import sys
import traceback


class S(str):
    pass


class U(str):
    def lower(self):
        return "U.lower"

    def strip(self):
        return "U.strip"


class P:
    def lower(self):
        return "P.lower"


def lowered(items):
    out = []
    for w in items:
        out.append(w.lower())
    return out


def flags(items):
    return [(w.isalpha(), w.isdigit(), w.isspace(), w.upper(), w.strip()) for w in items]


def discarded(items):
    n = 0
    for w in items:
        w.lower()
        n += 1
    for w in items[:3]:
        w.strip()
    return n


print(lowered(["AbC", "x", S("SUB"), U("Over"), P(), b"BYTES", "ÀÉ"]))
print(flags(["ab", "12", "  ", " pad ", S(" s "), U(" u ")]))
print(discarded(["A", S("B"), U("C"), P()]))
print(type(lowered([S("Q")])[0]).__name__, type(flags([S("ab")])[0][3]).__name__)
print(lowered(["A"] * 3))
P.lower = lambda self: "replaced"
print(lowered([P(), "B"]))
S.lower = lambda self: "S replaced"
print(lowered([S("X"), "Y"]))
del S.lower
print(lowered([S("X"), "Y"]))


def unbound():
    try:
        return w.lower()
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    w = "ok"
    return w.upper()


print(unbound())


class Boom:
    def lower(self):
        raise ValueError("boom")


def tb(o):
    x = 1
    return (x,
            o.lower())


try:
    tb(Boom())
except ValueError:
    lines = traceback.format_exc().replace(__file__, "FILE").splitlines()
    print("\n".join(line for line in lines if "line" in line))


class D(str):
    def __del__(self):
        print("del D")


def drop_result():
    d = D("Text")
    r = d.lower()
    print("lowered", r)
    del d
    print("after del")
    return r


print(drop_result())
s = "refcount"
before = sys.getrefcount(s)
for _ in range(5):
    s.strip()
print(sys.getrefcount(s) - before)
