# Producer/consumer over queue.Queue (bounded, task_done/join) and over a Condition.
import threading
import queue

q = queue.Queue(maxsize=3)
consumed = []

def producer():
    for i in range(20):
        q.put(i)
    q.put(None)

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        consumed.append(item * 10)
        q.task_done()

p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
q.join()
p.join()
c.join()
print("queue:", consumed == [i * 10 for i in range(20)], q.empty(), q.qsize())

items = []
cond = threading.Condition()
done = []

def cond_consumer():
    got = []
    while len(got) < 10:
        with cond:
            cond.wait_for(lambda: items)
            got.append(items.pop(0))
    done.append(got)

t = threading.Thread(target=cond_consumer)
t.start()
for i in range(10):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print("condition:", done[0])

work = queue.Queue()
out = queue.Queue()
def squarer():
    while True:
        n = work.get()
        if n is None:
            break
        out.put(n * n)
workers = [threading.Thread(target=squarer) for _ in range(4)]
for w in workers:
    w.start()
for n in range(50):
    work.put(n)
for w in workers:
    work.put(None)
for w in workers:
    w.join()
squares = []
while not out.empty():
    squares.append(out.get_nowait())
print("pool:", sorted(squares) == [n * n for n in range(50)])
