"""gather() with failures, return_exceptions, cancellation of the gathering future, and the
traceback of an exception raised in a task."""
import asyncio
import traceback


async def ok(n, delay=0):
    await asyncio.sleep(delay)
    print("ok", n)
    return n


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    print("failing", msg)
    raise ValueError(msg)


def user_frames(exc):
    return [(f.name, f.line) for f in traceback.extract_tb(exc.__traceback__)
            if f.filename == __file__]


async def main():
    print(await asyncio.gather(ok(1), ok(2, 0.01), ok(3)))
    print(await asyncio.gather())
    res = await asyncio.gather(ok(1), fail("bad"), ok(3), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(ok(4, 0.1), fail("first", 0.02), fail("second", 0.2))
    except ValueError as e:
        print("gather raised", repr(e))
        print(user_frames(e))
    await asyncio.sleep(0.3)

    fut = asyncio.gather(ok(5, 1), ok(6, 1))
    await asyncio.sleep(0)
    print("cancel gather:", fut.cancel())
    try:
        await fut
    except asyncio.CancelledError:
        print("gather cancelled", fut.cancelled())

    t = asyncio.create_task(fail("in task"))
    try:
        await t
    except ValueError as e:
        print("task raised", repr(e), repr(t.exception()))
        print(user_frames(e))
    print(t.done(), t.cancelled())

    # exception from a nested await chain
    async def level2():
        await asyncio.sleep(0)
        return 1 / 0

    async def level1():
        return await level2()

    try:
        await asyncio.create_task(level1())
    except ZeroDivisionError as e:
        print("nested:", e, user_frames(e))

    # results in order of arguments, not of completion
    print(await asyncio.gather(*(ok(i, 0.01 * (5 - i)) for i in range(5))))


asyncio.run(main())


async def crash():
    await asyncio.sleep(0)
    raise KeyError("from main")

try:
    asyncio.run(crash())
except KeyError as e:
    print("asyncio.run propagated", repr(e))
asyncio.run(crash())
