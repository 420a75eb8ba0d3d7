"""aiter()/anext() builtins, async generator protocol errors, driven without an event loop."""


async def agen():
    yield 1
    yield 2


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def main():
    it = aiter(agen())
    print(type(it).__name__, it is aiter(it))
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    for bad in [1, [1]]:
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
    g = agen()
    print(repr(g).startswith("<async_generator object agen at"), g.ag_running, g.ag_await)
    print(await g.asend(None))
    a = g.asend(None)
    print(type(a).__name__)
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await g.aclose())
    c = g.aclose()
    print(type(c).__name__, await c)

    async def ignores():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignores()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def raises_stop():
        raise StopAsyncIteration
        yield
    try:
        await raises_stop().__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def returns():
        yield 1
    try:
        async for x in returns():
            print("got", x)
            raise ValueError("in body")
    except ValueError as e:
        print("ValueError:", e)
    return "done"


print(run(main()))
