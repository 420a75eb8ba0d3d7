"""Lock, Event, Condition, Semaphore, BoundedSemaphore and the queues, with the task
interleaving CPython's FIFO ready queue gives."""
import asyncio


async def locked_worker(lock, name, log):
    async with lock:
        log.append(name + "+")
        await asyncio.sleep(0)
        log.append(name + "-")


async def main():
    lock = asyncio.Lock()
    print(lock.locked(), repr(lock).endswith("[unlocked]>"))
    log = []
    await asyncio.gather(*(locked_worker(lock, n, log) for n in "abc"))
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ev = asyncio.Event()

    async def waiter(i):
        print("waiting", i)
        await ev.wait()
        print("released", i)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", i, "got", items.pop(0))

    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for x in ("x", "y"):
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.01)
            active -= 1
        return i
    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    q = asyncio.Queue(maxsize=2)

    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i)
        await q.put(None)

    async def consume():
        while True:
            item = await q.get()
            q.task_done()
            print("got", item)
            if item is None:
                break
    await asyncio.gather(producer(), consume())
    await q.join()
    print(q.empty(), q.qsize(), q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", q2)

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        lq.put_nowait(x)
        pq.put_nowait((x, str(x)))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])


asyncio.run(main())
