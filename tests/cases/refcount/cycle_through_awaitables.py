# Cycles through the awaitables of async generators and coroutines (asend, athrow, anext with a
# default, coroutine.__await__()) are found by the collector.
import gc
import weakref


async def agen(box):
    yield 1


class Suspend:
    def __init__(self, owner=None):
        self.owner = owner

    def __await__(self):
        yield "suspended"


async def coro(box):
    await Suspend()


class Iter:
    def __init__(self, box):
        self.box = box

    def __aiter__(self):
        return self

    def __anext__(self):
        return Suspend(self)


def cycle(make):
    box = []
    owner, awaitable = make(box)
    box.append(awaitable)
    ref = weakref.ref(owner)
    del owner, awaitable, box
    gc.collect()
    return ref() is None


print("asend:", cycle(lambda box: (lambda g: (g, g.asend(None)))(agen(box))))
print("anext:", cycle(lambda box: (lambda g: (g, g.__anext__()))(agen(box))))
print("athrow:", cycle(lambda box: (lambda g: (g, g.athrow(ValueError)))(agen(box))))
print("aclose:", cycle(lambda box: (lambda g: (g, g.aclose()))(agen(box))))
print("anext default:", cycle(lambda box: (lambda it: (it, anext(it, 0)))(Iter(box))))


def await_wrapper(box):
    c = coro(box)
    w = c.__await__()
    print(w.send(None))
    return c, w


print("coroutine.__await__:", cycle(await_wrapper))
