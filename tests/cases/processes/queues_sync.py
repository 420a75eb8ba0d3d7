"""Queue, SimpleQueue, JoinableQueue, Lock, RLock, Semaphore and Event shared with spawned
children; timeouts and over-release errors."""
import multiprocessing as mp
import time

def sq(x):
    return x * x

def add(a, b):
    return a + b

def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)

def locked(lock, q, i):
    with lock:
        q.put(i)

def waiter(ev, q):
    ev.wait()
    q.put('woke')

def consumer(jq):
    while True:
        x = jq.get()
        jq.task_done()
        if x is None:
            break

def init(v):
    global G
    G = v

def getg(_):
    return G

def fail(x):
    raise KeyError(x)

if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    pr = mp.Process(target=producer, args=(q, 1000)); pr.start()
    got = []
    while True:
        x = q.get()
        if x is None:
            break
        got.append(x)
    pr.join(); print(len(got), got[:3], got[-1])
    lock = mp.Lock(); q = mp.SimpleQueue()
    ps = [mp.Process(target=locked, args=(lock, q, i)) for i in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(sorted(q.get() for _ in range(3)))
    ev = mp.Event(); q = mp.Queue()
    p = mp.Process(target=waiter, args=(ev, q)); p.start()
    time.sleep(0.1); print(ev.is_set()); ev.set(); print(q.get(timeout=10)); p.join()
    jq = mp.JoinableQueue()
    p = mp.Process(target=consumer, args=(jq,)); p.start()
    for i in range(5): jq.put(i)
    jq.put(None); jq.join(); print('joined'); p.join()
    r = mp.RLock(); r.acquire(); r.acquire(); r.release(); r.release(); print('rlock ok')
    s = mp.Semaphore(2); print(s.acquire(), s.acquire(), s.acquire(timeout=0.05))
    l = mp.Lock(); print(l.acquire(False), l.acquire(False)); l.release()
    try: l.release()
    except ValueError as e: print(e)
    print(mp.cpu_count() >= 1, mp.current_process().name, mp.parent_process())
    q = mp.Queue()
    try: q.get(timeout=0.05)
    except Exception as e: print(type(e).__name__)
