"""Assigning a function's __code__, __defaults__, __kwdefaults__, __name__, ...: the calls use
the new values, with CPython's checks (more defaults than parameters, free-variable counts)."""
def f(a): return a
f.__defaults__ = (1, 2, 3)
print(f(), f(5))
try:
    f(1, 2)
except TypeError as e:
    print(e)
def g(a, b=0, *, k=1): return a, b, k
g.__defaults__ = (7, 8, 9)
print(g(), g(1), g(k=3))
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
def h(): return 0
h.__defaults__ = (1,)
try:
    h(1)
except TypeError as e:
    print(e)
print(h())
def m(x): return x
try:
    m.__code__ = 5
except TypeError as e:
    print(e)
def outer():
    y = 1
    def inner(): return y
    return inner
try:
    m.__code__ = outer().__code__
except ValueError as e:
    print(e)
def two(a, b=3): return a + b
m.__code__ = two.__code__
print(m(1, 2), m.__code__.co_name, m.__name__)
try:
    m(1)
except TypeError as e:
    print(e)
m.__defaults__ = (10,)
print(m(1))
import sys
c = two.__code__
before = sys.getrefcount(c)
m.__code__ = c
print(sys.getrefcount(c) - before)
try:
    del m.__code__
except TypeError as e:
    print(e)

def swapper():
    swapper.__code__ = (lambda: "new").__code__
    return "old"
print(swapper(), swapper())

def gen():
    yield 1
def gen2():
    yield 2
    yield 3
gen.__code__ = gen2.__code__
print(list(gen()))
for attr, bad in [("__name__", 1), ("__qualname__", None), ("__defaults__", [1]),
                  ("__kwdefaults__", (1,)), ("__annotations__", 3)]:
    try:
        setattr(gen, attr, bad)
    except TypeError as e:
        print(attr, "->", e)
for attr in ["__name__", "__qualname__"]:
    try:
        delattr(gen, attr)
    except TypeError as e:
        print("del", attr, "->", e)
del gen.__defaults__, gen.__kwdefaults__, gen.__annotations__, gen.__doc__
print(gen.__defaults__, gen.__kwdefaults__, gen.__annotations__, gen.__doc__)
def kw(*, a): return a
kw.__kwdefaults__ = {"a": 42}
print(kw())
gen.custom = 5
print(gen.custom, gen.__dict__)
