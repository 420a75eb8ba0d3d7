"""Task cancellation, CancelledError handling, shield, wait_for and timeout."""
import asyncio


async def sleeper(name, delay):
    try:
        print("sleeper", name, "start")
        await asyncio.sleep(delay)
        print("sleeper", name, "woke")
        return name
    except asyncio.CancelledError as e:
        print("sleeper", name, "cancelled", e.args)
        raise
    finally:
        print("sleeper", name, "finally")


async def main():
    t = asyncio.create_task(sleeper("a", 10))
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancelling(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", repr(e))
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    # cancelled before it ever ran
    t = asyncio.create_task(sleeper("b", 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("b cancelled before start:", t.cancelled())

    # wait_for timeout
    try:
        await asyncio.wait_for(sleeper("c", 10), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(sleeper("d", 0.01), timeout=5))

    # asyncio.timeout (3.11)
    try:
        async with asyncio.timeout(0.05) as cm:
            print("timeout cm", type(cm).__name__, cm.expired())
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
    print("no timeout", cm.expired(), cm.when())

    # shield
    inner = asyncio.create_task(sleeper("e", 0.05))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.01))
    try:
        await outer
    except asyncio.TimeoutError:
        print("shielded outer timed out; inner cancelled?", inner.cancelled())
    print("inner result", await inner)

    # a task catching its cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("stubborn caught it")
            return "survived"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # uncancel bookkeeping
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("cancelling", t.cancelling(), t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("still cancelled")


asyncio.run(main())
