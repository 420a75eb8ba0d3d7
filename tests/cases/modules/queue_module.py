import queue, threading
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
results = []
def consumer():
    while (item := q.get()) is not None:
        results.append(item * 10)
p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join()
print(results, q.empty())
lifo = queue.LifoQueue()
for v in "abc":
    lifo.put(v)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for v in [3, 1, 2]:
    pq.put(v)
print([pq.get() for _ in range(3)])
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("queue.Empty raised")
