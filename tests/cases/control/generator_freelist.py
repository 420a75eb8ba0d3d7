"""Generators, coroutines and async generators made again from freed ones (the free list):
each gets its own class, names, code and state; what a freed one held is released when it
is freed, in CPython's order."""
import gc
import sys
import types
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(a, b=2):
    x = Noisy("local of " + a.name)
    yield a.name
    yield b


def other(n):
    yield from range(n)


async def coro(v):
    return v


async def agen(v):
    yield v


print("-- unstarted generator freed: its arguments go with it")
g = gen(Noisy("arg1"))
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_code.co_name)
del g
print("after del")

print("-- suspended generator freed: close runs, then its locals go")
g = gen(Noisy("arg2"))
print(next(g))
del g
print("after del")

print("-- finished generator freed")
g = gen(Noisy("arg3"), 5)
print(list(g))
del g
print("after del")

print("-- many made and freed, then each kind again")
for i in range(300):
    for v in other(2):
        pass
gens = [other(i) for i in range(200)]
del gens
g = other(3)
print(type(g).__name__, g.__name__, g.gi_running, g.gi_suspended, g.gi_frame is not None)
print(list(g), g.gi_frame, g.gi_suspended)
c = coro(7)
print(type(c).__name__, c.__name__, c.cr_code.co_name, c.cr_running)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
a = agen(8)
print(type(a).__name__, a.__name__, a.ag_code.co_name, a.ag_running)
try:
    a.asend(None).send(None)
except StopIteration as e:
    print("async generator yielded", e.value)
del a, c

print("-- tracking, referents, refcounts, weak references")
g = other(2)
print(gc.is_tracked(g), sys.getrefcount(g))
print(isinstance(g, types.GeneratorType))
r = weakref.ref(g)
print(r() is g)
del g
print(r())
g = other(1)
print(r(), gc.is_tracked(g))

print("-- a freed generator in a cycle is collected")
def cyc():
    me = yield
    yield me

g = cyc()
next(g)
g.send(g)
w = weakref.ref(g)
del g
gc.collect()
print(w())
g = other(4)
print(sum(g), type(g).__name__)

print("-- exception state of a reused generator starts empty")
def handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__

h = handler()
print(next(h))
del h
def plain():
    yield sys.exc_info()

print(next(plain()))

print("-- generators freed on a thread that exits")
import threading

def work():
    for i in range(100):
        for v in gen(Noisy("t%d" % i) if i == 99 else Noisy("quiet"), i):
            pass

Noisy.__del__ = lambda self: "quiet" in self.name or print("del", self.name)
t = threading.Thread(target=work)
t.start()
t.join()
print(sum(other(5)))
