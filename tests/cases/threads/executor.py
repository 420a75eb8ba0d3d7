# concurrent.futures: ThreadPoolExecutor results, exceptions, map, as_completed, wait, cancel.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, Future, CancelledError
import concurrent.futures as cf

def square(x):
    return x * x

def fail(x):
    raise KeyError(x)

with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(5))))
    print(sorted(f.result() for f in as_completed(futs)))
    bad = ex.submit(fail, "k")
    try:
        bad.result()
    except KeyError as e:
        print("KeyError", e)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled())
    done, not_done = wait(futs)
    print(len(done), len(not_done))
    try:
        list(ex.map(fail, [1, 2]))
    except KeyError as e:
        print("map raised KeyError", e)

print("names:", sorted(set(t.name.split("_")[0] for t in threading.enumerate())))

f = Future()
print(f.done(), f.running(), f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except CancelledError:
    print("CancelledError")
calls = []
g = Future()
g.add_done_callback(lambda fut: calls.append(fut.result()))
g.set_result(42)
g.add_done_callback(lambda fut: calls.append("late"))
print(calls)
try:
    Future().result(timeout=0.01)
except TimeoutError:
    print("TimeoutError", cf.TimeoutError is TimeoutError)

ex = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
first = ex.submit(gate.wait)
queued = [ex.submit(square, i) for i in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
print(first.result(), [q.cancelled() for q in queued])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

with ThreadPoolExecutor(2) as ex:
    slow = ex.submit(time.sleep, 0.2)
    fast = ex.submit(square, 3)
    done, pending = wait([slow, fast], return_when=cf.FIRST_COMPLETED)
    print(fast in done, slow in pending)
    it = ex.map(time.sleep, [0.3], timeout=0.01)
    try:
        next(it)
    except TimeoutError:
        print("map timed out")
