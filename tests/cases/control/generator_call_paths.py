"""Calling a generator function from the eval loop: plain positional calls fill the
generator's frame as an inline call's, everything else binds the general way; iterating a
generator takes it as its own iterator."""
import sys


def gen(a, b=10, *, c=None):
    yield a
    yield b


def plain(a, b=10):
    yield a
    yield b


def counter():
    n = 0

    def inner(step):
        nonlocal n
        n += step
        yield n
        n += step
        yield n

    return inner


def refs(a):
    yield sys.getrefcount(a)


class Box:
    def items(self, n, extra=1):
        yield self
        yield n + extra

    def __repr__(self):
        return "Box"


async def co(x):
    return x


async def ag(x):
    yield x


print("-- positional, defaults, closures")
print(list(plain(1)), list(plain(1, 2)))
print(list(gen(1)), list(gen(1, 2)), list(gen(1, c=3)))
inner = counter()
print(list(inner(2)), list(inner(5)))

print("-- arguments move into the frame")
o = object()
print(next(refs(o)), sys.getrefcount(o))
for v in refs(object()):
    print(v)

print("-- methods")
b = Box()
print(list(b.items(4)), list(b.items(4, extra=2)))
m = b.items
print(list(m(1)))

print("-- errors bind the general way")
for call in (lambda: plain(), lambda: plain(1, 2, 3), lambda: plain(1, x=2), lambda: gen(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def star(*a):
    yield a


def kw(**k):
    yield sorted(k)


print(list(star(1, 2)), list(star()), list(kw(a=1)))

print("-- __code__ swapped between generator and plain code")


def f(a):
    return a * 2


print(f(3))
f.__code__ = plain.__code__
try:
    f(3)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (10,)
print(list(f(3)))
f.__code__ = (lambda a, b=10: a + 1).__code__
try:
    print(f(3))
except TypeError as e:
    print("TypeError:", e)
plain2 = plain
plain2.__defaults__ = (20,)
print(list(plain2(1)))
plain2.__defaults__ = None
try:
    plain2(1)
except TypeError as e:
    print("TypeError:", e)
plain2.__defaults__ = (10,)

print("-- coroutines and async generators made the same way")
c = co(5)
print(type(c).__name__, c.cr_frame.f_locals)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
a = ag(6)
print(type(a).__name__, a.ag_frame.f_locals)
for obj in (co, ag):
    x = obj(1)
    try:
        for _ in x:
            pass
    except TypeError as e:
        print("TypeError:", e)
    if obj is co:
        x.close()

print("-- a generator is its own iterator")
g = plain(7)
it = iter(g)
print(it is g, next(g), [v for v in g])
g = plain(8)
for v in g:
    print(v, g.gi_running, g.gi_frame.f_lineno)
print(g.gi_frame)


def deep(n):
    if n:
        for v in deep(n - 1):
            yield v + 1
    else:
        yield 0


print(list(deep(30)))
try:
    list(deep(5000))
except RecursionError as e:
    print("RecursionError")
