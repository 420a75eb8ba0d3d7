import types
async def agen(n):
    for i in range(n):
        try:
            yield i
        finally:
            print("fin", i)
    print("agen done")

class Sleep:
    def __await__(self):
        v = yield "tick"
        return v

async def main():
    out = []
    async for x in agen(3):
        out.append(x)
        r = await Sleep()
        print("sleep got", r)
    print(out)
    print([x async for x in agen(2)])
    g = agen(5)
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stopped")
    g2 = agen(3)
    await g2.asend(None)
    try:
        await g2.athrow(ValueError("x"))
    except ValueError as e:
        print("athrow", repr(e))
    return 42

c = main()
print(type(c), c.cr_running, c.cr_await)
try:
    v = c.send(None)
    while True:
        print("yielded", v, type(c.cr_await).__name__)
        v = c.send("val")
except StopIteration as e:
    print("result", e.value)

@types.coroutine
def gen_coro():
    x = yield "gc"
    return x * 2

async def m2():
    return await gen_coro()
c = m2()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print(e.value)
