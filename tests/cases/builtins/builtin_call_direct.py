"""Builtins called directly from CALL_FUNCTION: frame builtins, shadowing, argument errors."""
import builtins


def frame_builtins():
    x = 1
    y = "two"
    loc = locals
    print(sorted(locals()), sorted(vars()), dir())
    print(sorted(loc()))
    print(eval("x + 1"), eval("y", {"y": "g"}))
    exec("print('exec sees', x, y)")
    print(vars(builtins) is builtins.__dict__)
    print(dir([])[:3])


frame_builtins()


class Base:
    def who(self):
        return "base"


class Derived(Base):
    def who(self):
        return "derived/" + super().who()


print(Derived().who())


def shadowed():
    out = [len([1, 2]), abs(-3)]
    builtins.len = lambda v: "replaced"
    try:
        out.append(len([1, 2]))
    finally:
        builtins.len = original_len
    out.append(len([1, 2]))
    return out


original_len = builtins.len
print(shadowed())
abs = lambda v: "global abs"
print(abs(-1))
del abs
print(abs(-1))


def errors():
    for call in (
        lambda: len(),
        lambda: len(1, 2),
        lambda: len(obj=1),
        lambda: len(5),
        lambda: abs(),
        lambda: abs(1, 2),
        lambda: abs(x=1),
        lambda: abs("s"),
        lambda: isinstance(1),
        lambda: min(),
        lambda: locals(1),
        lambda: vars(1, 2),
        lambda: eval(),
    ):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)


errors()
print(abs(True), abs(False), abs(-0), abs(-(2**62)), abs(-(2**64)), abs(-2.5))
print(abs(2**62 - 1), abs(-(2**62) + 1), type(abs(True)))


class I(int):
    def __abs__(self):
        return "I.__abs__"


print(abs(I(-4)), len("héllo"), len((1,)), len({1: 2}))


def raises():
    return len(5)


try:
    raises()
except TypeError as e:
    import traceback

    print([(fr.name, fr.lineno) for fr in traceback.extract_tb(e.__traceback__)])

import sys

obj = object()
before = sys.getrefcount(obj)
for _ in range(10):
    isinstance(obj, object)
    len([obj])
    id(obj)
print(sys.getrefcount(obj) - before)
class S(str):
    def __len__(self): return 42
class L(list):
    def __len__(self): return 7
class T(tuple): pass
class D(dict):
    def __len__(self): return 9
print(len(S("ab")), len(L([1])), len(T((1,2))), len(D()), len(S("ab").upper()))
