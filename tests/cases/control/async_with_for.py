"""async with / async for / async comprehensions with hand-written protocols."""


class Suspend:
    def __await__(self):
        yield "suspend"


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("enter", self.name)
        await Suspend()
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        await Suspend()
        return self.swallow


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        print("steps", steps)
        return e.value


async def main():
    async with Manager("a") as x:
        print("body", x)
    async with Manager("b", swallow=True):
        raise ValueError("swallowed")
    try:
        async with Manager("c"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))
    total = 0
    async for v in Counter(4):
        total += v
    else:
        print("for-else ran")
    print("total", total)
    async for v in Counter(10):
        if v == 3:
            break
    print("broke at", v)
    print([v * 2 async for v in Counter(3)])
    print({v async for v in Counter(3) if v != 2})
    print({v: v * v async for v in Counter(2)})
    print([await Manager("z").__aenter__() for _ in range(1)])
    return "ok"


print(run(main()))


async def errors():
    for obj in [1, object()]:
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)
        try:
            async with obj:
                pass
        except TypeError as e:
            print("TypeError:", e)

run(errors())
