"""Coroutines driven by hand with send(None): no event loop involved."""
import types


async def add(a, b):
    return a + b


async def outer():
    x = await add(1, 2)
    y = await add(x, 10)
    return y


c = outer()
print(type(c).__name__, type(c) is types.CoroutineType)
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_code.co_name)
print(repr(c).startswith("<coroutine object outer at 0x"))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)

try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


class Ticker:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        total = 0
        for i in range(self.n):
            got = yield ("tick", i)
            total += got
        return total


async def use_ticker():
    t = await Ticker(3)
    return t * 2


c = use_ticker()
v = c.send(None)
n = 0
while True:
    print("yielded", v, type(c.cr_await).__name__)
    n += 1
    try:
        v = c.send(n)
    except StopIteration as e:
        print("done", e.value)
        break

# errors of await
for bad in [1, "s", None, [1]]:
    async def f(o=bad):
        await o
    try:
        f().send(None)
    except TypeError as e:
        print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 5


async def g():
    await BadAwait()
try:
    g().send(None)
except TypeError as e:
    print("TypeError:", e)


# throw and close
async def catcher():
    try:
        await Ticker(5)
    except ValueError as e:
        print("caught in coroutine:", e)
        return "recovered"
    finally:
        print("finally ran")

c = catcher()
c.send(None)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("throw ->", e.value)

c = catcher()
c.send(None)
c.close()
print("closed", c.cr_frame)

# StopIteration inside a coroutine
async def stopper():
    raise StopIteration("x")
try:
    stopper().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

# await a coroutine twice
async def inner():
    return 1

async def twice():
    c = inner()
    await c
    await c
try:
    twice().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# non-None to just started
try:
    outer().send(1)
except TypeError as e:
    print("TypeError:", e)

# coroutine is not iterable
co = outer()
try:
    iter(co)
except TypeError as e:
    print("TypeError:", e)
co.close()
w = add(1, 2).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)
