"""Class calls whose __init__ runs inline in the eval loop: the guards (metaclass, __new__,
abstract classes, generator __init__), __init__ replaced, errors, recursion and frames."""
import sys
class A:
    def __init__(self, x):
        self.x = x
        return x
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)
print(A(None).x)
class B:
    def __init__(self, x, y=5, *, z=3):
        self.s = x + y + z
print(B(1).s, B(1, 2).s, B(1, z=10).s)
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print("TypeError:", e)
class D:
    def __del__(self):
        print("del D")
    def __init__(self, fail):
        if fail:
            raise ValueError("boom")
try:
    D(True)
except ValueError as e:
    print("caught", e)
print("after")
D(False)
print("after2")
class R:
    def __init__(self, n):
        self.child = R(n - 1) if n else None
def depth(o):
    d = 0
    while o is not None:
        d += 1
        o = o.child
    return d
print(depth(R(100)))
try:
    R(100000)
except RecursionError as e:
    print("RecursionError:", e)
class Abs:
    def __init__(self):
        print("init Abs")
Abs.__abstractmethods__ = frozenset({"f"})
try:
    Abs()
except TypeError as e:
    print("TypeError:", e)
del Abs.__abstractmethods__
Abs()
class N:
    def __init__(self, a):
        print("N init", a)
N(1)
N.__init__ = lambda self, a, b=2: print("new init", a, b)
N(1)
def newinit(self, a):
    print("closure init", a, k)
k = 7
N.__init__ = newinit
N(3)
class M(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class WithMeta(metaclass=M):
    def __init__(self, a):
        print("WithMeta init", a)
WithMeta(4)
class NewOverride:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, a):
        print("init", a)
NewOverride(5)
import traceback
class T:
    def __init__(self, a):
        1 / a
def make():
    return T(0)
try:
    make()
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, "FILE"))
class Cell:
    def __init__(self, v):
        def get():
            return v
        self.get = get
print(Cell(9).get())
class Sub(N):
    pass
Sub(8)
f = sys._getframe()
class Fr:
    def __init__(self):
        self.back = sys._getframe().f_back.f_code.co_name
def outer():
    return Fr().back
print(outer())
