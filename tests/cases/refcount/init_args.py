"""Reference counts inside an __init__ that a class call runs inline: the instance is held by
the call and the frame, each argument by the caller's stack, the argument tuple CPython
builds and the frame."""
import sys


class C:
    def __init__(self, a, b=None):
        print(sys.getrefcount(self), sys.getrefcount(a), b is None)


x = object()
C(x)
y = [object()]
C(y[0])
print(sys.getrefcount(x), sys.getrefcount(y[0]))


class D:
    def __init__(self, *a):
        print(sys.getrefcount(self), sys.getrefcount(a[0]))


D(x)


class E:
    def __init__(self, a):
        self.a = a


e = E(x)
print(sys.getrefcount(e), sys.getrefcount(x))
del e
print(sys.getrefcount(x))


class K:
    def __init__(self, a, *, k):
        print(sys.getrefcount(self), k)


K(x, k=1)


class NewOverride:
    def __new__(cls, *args):
        return object.__new__(cls)

    def __init__(self, a):
        print(sys.getrefcount(self))


NewOverride(x)


class KA:
    def __init__(self, a, b=None):
        print(sys.getrefcount(self), sys.getrefcount(a), b)


KA(x, b=1)
KA(a=x)
