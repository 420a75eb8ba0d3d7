# The queue module's kinds and its Empty/Full exceptions, with and without timeouts.
import queue

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
sq = queue.SimpleQueue()
for x in [5, 1, 4, 2, 3]:
    lq.put(x)
    pq.put((x, str(x)))
    sq.put(x)
print([lq.get() for _ in range(5)])
print([pq.get()[1] for _ in range(5)])
print([sq.get() for _ in range(5)], sq.empty(), sq.qsize())

q = queue.Queue(2)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
for attempt in (lambda: q.put(3, block=False), lambda: q.put(3, timeout=0.01)):
    try:
        attempt()
    except queue.Full:
        print("Full")
print(q.get(), q.get_nowait())
for attempt in (q.get_nowait, lambda: q.get(timeout=0.01), lambda: sq.get(timeout=0.01), sq.get_nowait):
    try:
        attempt()
    except queue.Empty:
        print("Empty")
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
