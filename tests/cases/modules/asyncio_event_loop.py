"""The loop API: call_soon/call_later/call_at ordering, run_until_complete, futures,
callbacks, run_in_executor and to_thread, get_running_loop, new_event_loop."""
import asyncio
import threading
import time

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
order = []
# Delays 50 ms apart or more, so that a busy machine pausing the process between two calls
# does not reorder them.
loop.call_later(0.2, order.append, "later 0.2")
loop.call_later(0.1, order.append, "later 0.1")
loop.call_soon(order.append, "soon 1")
h = loop.call_soon(order.append, "cancelled")
loop.call_soon(order.append, "soon 2")
h.cancel()
loop.call_at(loop.time() + 0.05, order.append, "at +0.05")
loop.call_later(0.3, loop.stop)
print(loop.is_running(), loop.is_closed())
loop.run_forever()
print(order)


async def compute(x):
    await asyncio.sleep(0)
    return x * 10

print(loop.run_until_complete(compute(4)))
fut = loop.create_future()
print(fut, fut.done())
fut.add_done_callback(lambda f: print("callback saw", f.result()))
loop.call_soon(fut.set_result, "value")
print(loop.run_until_complete(fut), fut)
try:
    fut.set_result(1)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
f2 = loop.create_future()
try:
    f2.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
f2.set_exception(ValueError("v"))
print(f2, repr(f2.exception()))
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)


def blocking(n):
    time.sleep(0.2)
    return n, threading.current_thread() is threading.main_thread()


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), type(loop).__name__)
    t0 = time.monotonic()
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(4)),
                                   asyncio.to_thread(blocking, 9))
    # Five 0.2 s calls one after another would take 1.0 s.
    print(results, "overlapped:", time.monotonic() - t0 < 0.9)
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    t0 = time.monotonic()
    await asyncio.gather(*(asyncio.sleep(0.5) for _ in range(10)))
    # One after another they would take 5 s; the bound leaves room for a loaded machine.
    print("10 sleeps of 0.5 s overlapped:", time.monotonic() - t0 < 2.5)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(d, d))
                                        for d in (0.01, 0.5)],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    for p in pending:
        p.cancel()
    out = []
    for f in asyncio.as_completed([asyncio.sleep(d, d) for d in (0.3, 0.1, 0.2)]):
        out.append(await f)
    print("as_completed", out)
    return "main done"

print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(1)
except ValueError as e:
    print("ValueError:", e)
