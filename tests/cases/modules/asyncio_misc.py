"""Reprs of tasks and futures, async generators under the loop, select/selectors on a pipe,
and the loop's exception handler."""
import asyncio
import os
import select
import selectors


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i


async def waiter(fut):
    return await fut


def show(x):
    print(repr(x).replace(__file__, "FILE"))


async def main():
    print([i async for i in ticker(4)])
    agen = ticker(10)
    async for i in agen:
        if i == 2:
            break
    await agen.aclose()
    print("closed", agen.ag_frame)

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    show(fut)
    t = asyncio.create_task(waiter(fut), name="W")
    show(t)
    await asyncio.sleep(0)
    show(t)
    show(fut)
    fut.set_result([1, 2])
    await t
    show(t)
    t2 = asyncio.create_task(waiter(asyncio.sleep(10)))
    await asyncio.sleep(0)
    t2.cancel()
    show(t2)
    try:
        await t2
    except asyncio.CancelledError:
        show(t2)
    f3 = loop.create_future()
    f3.set_exception(RuntimeError("bad"))
    show(f3)
    f3.exception()
    f4 = loop.create_future()
    f4.cancel()
    show(f4)

    errors = []
    loop.set_exception_handler(lambda lp, ctx: errors.append(ctx["message"]))
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print([m.replace(__file__, "FILE") for m in errors])
    loop.set_exception_handler(None)

    r, w = os.pipe()
    print(select.select([r], [w], [], 0) == ([], [w], []))
    os.write(w, b"hi")
    print(select.select([r], [], [], 1.0) == ([r], [], []))
    got = loop.create_future()

    def on_readable():
        got.set_result(os.read(r, 10))
        loop.remove_reader(r)
    loop.add_reader(r, on_readable)
    print("reader got", await got)
    os.close(r)
    os.close(w)
    try:
        select.select([], [], [], -1)
    except ValueError as e:
        print("ValueError:", e)
    with selectors.DefaultSelector() as sel:
        r, w = os.pipe()
        key = sel.register(r, selectors.EVENT_READ, "data")
        print(key.events, key.data, sel.select(0))
        os.write(w, b"x")
        print([(k.data, ev) for k, ev in sel.select(1)])
        sel.unregister(r)
        os.close(r)
        os.close(w)


asyncio.run(main())
