"""Builtin calls from the eval loop's fast path: range() of small ints and its fallbacks,
isinstance() with metaclass hooks, len() of subclasses, unbound method descriptors, errors."""
import sys


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


r = range
for args in [(3,), (1, 5), (10, 0, -3), (0, 0), (-5,), (2**61, 2**62, 2**60),
             (True,), (1, 5, False), (1, 5, 0), (), (1, 2, 3, 4), (1.5,), ("a", 3),
             (2**70,), (-(2**62),)]:
    show(lambda: r(*args))
    if len(args) == 1:
        show(lambda: range(args[0]))
    elif len(args) == 2:
        show(lambda: range(args[0], args[1]))
    elif len(args) == 3:
        show(lambda: range(args[0], args[1], args[2]))
show(lambda: range(1, 5, 0))
show(lambda: range(1.5))
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
x = range(5)
print(x.start, x.stop, x.step, type(x.start), list(x), len(x), x[2])
b = range(True, 3)
print(b, type(b.start))
s = range(-3)
print(s, list(s), sys.getrefcount(s) > 0)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__)
        return False


class C(metaclass=Meta):
    pass


c = C()
print(isinstance(c, C))
print(isinstance(3, C))
print(isinstance(3, int), isinstance(True, int), isinstance(3, (str, int)))
print(isinstance(c, object))
show(lambda: isinstance(3, 4))
show(lambda: isinstance(3))
show(lambda: isinstance(3, int, x=1))


class L(list):
    def __len__(self):
        return 42


print(len(L([1, 2])), len([1, 2, 3]), len("héllo"), len({1: 2}), len(range(0, 10, 3)))
print(len([0] * 3), type(len([])))
show(lambda: len(5))
show(lambda: len())
show(lambda: len([], []))
a = []
app = list.append
app(a, 1)
a.append(2)
print(a)
show(lambda: list.append(5, 1))
d = {1: "one"}
print(d.get(1), d.get(2), d.get(2, "dflt"), dict.get(d, 1))
show(lambda: d.get())
print(abs(-3), min(3, 1, 2), max([4, 5]), "-".join(["a", "b"]))
print(str(5), int("7"), float(2))


def deep(n):
    return len([n]) + (deep(n - 1) if n else 0)


print(deep(50))
