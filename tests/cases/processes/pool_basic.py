"""multiprocessing.Pool: map, starmap, apply, apply_async, imap, imap_unordered,
map_async, a worker exception re-raised by get(), initializer, close/join and the context
manager."""
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
    with mp.Pool(2) as pool:
        print(pool.map(sq, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(pool.apply(add, (5, 6)))
        r = pool.apply_async(sq, (7,))
        print(r.get(timeout=10), r.ready(), r.successful())
        print(list(pool.imap(sq, range(5))))
        print(sorted(pool.imap_unordered(sq, range(5))))
        print(pool.map_async(sq, [1, 2]).get())
        try:
            pool.apply(fail, (3,))
        except KeyError as e:
            print('KeyError', e)
    with mp.Pool(2, initializer=init, initargs=(42,)) as pool:
        print(pool.map(getg, range(3)))
    p = mp.Pool(2); print(p.map(sq, [3])); p.close(); p.join()
