# Keyword calls whose keywords name the parameters right after the positional arguments, in
# order, run as the positional call they bind like; every other keyword call binds generically
# (errors, out-of-order keywords, positional-only, keyword-only, **kwargs, generators, bound
# methods, a replaced __code__), and reference counts and release order stay CPython's.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def f(x, y=2):
    return (x, y)


def three(a, b, c):
    return a * 100 + b * 10 + c


def posonly(a, /, b):
    return a - b


def kwonly(a, *, b):
    return a + b


def star(a, **kw):
    return (a, sorted(kw.items()))


def gen(a, b):
    yield a
    yield b


def count(x, y):
    return sys.getrefcount(y)


def release(a, b, c):
    print("in release")


class C:
    def m(self, x, y=7):
        return (x, y)


print(f(1, y=1), f(x=3), f(x=4, y=5), f(y=6, x=7))
print(three(1, 2, c=3), three(1, b=2, c=3), three(a=1, b=2, c=3), three(1, c=3, b=2))
for call in (lambda: f(1, x=1), lambda: three(1, b=2), lambda: posonly(a=1, b=2),
             lambda: kwonly(1, c=2), lambda: f(1, z=2), lambda: three(1, 2, 3, c=4)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(posonly(5, b=2), kwonly(1, b=2), star(1, b=2, a2=3), list(gen(1, b=2)))
o = object()
print("refcount", count(1, y=o))
release(Noisy("a"), b=Noisy("b"), c=Noisy("c"))
print("after release")
c = C()
print(c.m(1, y=2), c.m(x=3), C.m(c, 4, y=5))
bound = c.m
print(bound(6, y=8))


def swapped(p, q=0):
    return ("swapped", p, q)


f.__code__ = swapped.__code__
print(f(1, q=2))
try:
    print(f(1, y=2))
except TypeError as e:
    print("TypeError", e)
total = 0
for i in range(500):
    total += three(i, b=1, c=2) + c.m(i, y=i)[1]
print(total)
