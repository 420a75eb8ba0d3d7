"""asyncio tasks and callbacks run in copied contexts: a ContextVar set in one task is invisible to others."""
import asyncio, contextvars

request_id = contextvars.ContextVar("request_id", default=None)
log = []

async def handler(n):
    request_id.set(n)
    await asyncio.sleep(0)
    log.append((n, request_id.get()))
    await asyncio.sleep(0.001 * (3 - n))
    return request_id.get()

async def main():
    request_id.set("main")
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, request_id.get(), sorted(log))
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "custom")
    t = asyncio.create_task(show(), context=ctx)
    print(await t, request_id.get(), ctx[request_id])
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    def cb(tag):
        done.set_result((tag, request_id.get()))
    loop.call_soon(cb, "soon", context=ctx)
    print(await done)
    fut = loop.create_future()
    seen = []
    fut.add_done_callback(lambda f: seen.append(request_id.get()), context=ctx)
    fut.add_done_callback(lambda f: seen.append(request_id.get()))
    fut.set_result(1)
    await asyncio.sleep(0)
    print(seen)
    async def child():
        request_id.set("child")
        return request_id.get()
    print(await asyncio.create_task(child()), request_id.get())
    print(await asyncio.to_thread(request_id.get))
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(show())
        t2 = tg.create_task(show(), context=ctx)
    print(t1.result(), t2.result())

async def show():
    await asyncio.sleep(0)
    return request_id.get()

asyncio.run(main())
print(request_id.get())
runner_ctx = contextvars.copy_context()
runner_ctx.run(request_id.set, "runner")
with asyncio.Runner() as r:
    print(r.run(show(), context=runner_ctx))
print(asyncio.run(show()))
