import threading
counter = 0
lock = threading.Lock()
def increment(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=increment, args=(1000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: items)
        print("consumed", items.pop())
c = threading.Thread(target=consumer)
c.start()
with cond:
    items.append("item")
    cond.notify()
c.join()
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
