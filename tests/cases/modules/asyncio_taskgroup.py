"""TaskGroup (3.11): waiting for children, an error cancelling the siblings, and the
ExceptionGroup it raises."""
import asyncio


async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print("child done", name)
        return name
    except asyncio.CancelledError:
        print("child cancelled", name)
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("a", 0.02))
        t2 = tg.create_task(child("b", 0.01), name="second")
        print(t2.get_name())
    print("results", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c", 1))
            tg.create_task(child("d", 0.01, fail=True))
    except* ValueError as eg:
        print("caught", repr(eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("f", 0.01, fail=True))
            tg.create_task(child("g", 0.01, fail=True))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("h", 1))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error", repr(eg.exceptions))
    tg = asyncio.TaskGroup()
    coro = child("x", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


asyncio.run(main())
