"""`list + list`: the exact-list fast path and every operand it must leave to the protocol."""
import sys


class L(list):
    def __add__(self, other):
        return "L.__add__"

    def __radd__(self, other):
        return "L.__radd__"


class Plain(list):
    pass


a = [1, 2, 3]
b = [4, "x", None]
print(a + b, a + [], [] + b, [] + [])
print(a + a, len(a + a), a)
c = a + b
print(c is a, c is b, type(c).__name__)
print(L([1]) + [2], [2] + L([1]), L([1]) + L([2]))
p = Plain([1]) + Plain([2])
print(p, type(p).__name__)
print(Plain([1]) + [9], type([9] + Plain([1])).__name__)
for other in [(1,), "s", 1, None, range(2)]:
    try:
        a + other
    except TypeError as e:
        print(e)
o = object()
before = sys.getrefcount(o)
d = [o] + [o, o]
print(sys.getrefcount(o) - before)
del d
print(sys.getrefcount(o) - before)


class Dies:
    def __del__(self):
        print("freed")


e = [Dies()] + []
print("made")
del e
print("end")
