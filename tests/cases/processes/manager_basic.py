"""multiprocessing.Manager(): list, dict, Value, Array, Namespace, Lock, RLock, Event, Queue,
Barrier proxies shared with spawned children; errors raised in the server come back; the
server process stops at shutdown; custom types registered on a BaseManager subclass."""
import multiprocessing as mp
from multiprocessing.managers import BaseManager


def work(i, l, d, v, ns, q, lock):
    with lock:
        l.append(i)
        d[i] = i * i
        v.value += 1
        setattr(ns, 'w%d' % i, True)
    q.put(('done', i))


class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, k=1):
        self.n += k
        return self.n

    def _hidden(self):
        return 'no'


class MyManager(BaseManager):
    pass


MyManager.register('Counter', Counter)


def bump(c):
    c.bump(10)


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    with mp.Manager() as m:
        print(type(m).__name__, len(mp.active_children()))
        l = m.list([1, 2])
        d = m.dict(a=1)
        v = m.Value('i', 3)
        ns = m.Namespace(x=1)
        q = m.Queue()
        lock = m.Lock()
        print(str(l), l[0], l[-1], len(l), l[:], list(l), 1 in l, 5 in l)
        print(str(d), d['a'], d.get('b', 0), d.items(), d.keys(), d.values(), list(d), len(d))
        print(str(v), v.value, str(ns), ns.x, [type(p).__name__ for p in (l, d, v, ns, lock)],
              type(q).__name__)
        ps = [ctx.Process(target=work, args=(i, l, d, v, ns, q, lock)) for i in range(3)]
        for p in ps:
            p.start()
        print(sorted(q.get(timeout=30) for _ in ps))
        for p in ps:
            p.join()
        print(sorted(l), sorted(d.items(), key=str), v.value, str(ns), q.empty(), q.qsize())
        l += [9]
        l.sort()
        print(l, l * 2, l.pop(), l.index(2), l.count(1))
        d.update(z=26)
        print(d.pop('z'), d.setdefault('y', 0), sorted(d.keys(), key=str))
        a = m.Array('i', [1, 2, 3])
        a[0] = 7
        print(str(a), a[0], len(a), a[1:])
        for f, args in [(l.__getitem__, (10,)), (d.__getitem__, ('missing',)), (l.remove, (99,)),
                        (getattr, (ns, 'nope'))]:
            try:
                f(*args)
            except Exception as e:
                print(type(e).__name__, e)
        r = m.RLock()
        print(r.acquire(), r.acquire(), r.release(), r.release())
        e = m.Event()
        print(e.is_set(), e.set(), e.is_set(), e.wait(1))
        b = m.Barrier(1)
        print(b.parties, b.wait(), b.broken)
        print(lock.acquire(), lock.acquire(False), lock.release())
        with lock:
            print('locked section')
        server = mp.active_children()
    print('after shutdown:', [p.exitcode for p in server], mp.active_children())
    try:
        l.append(1)
    except Exception as e:
        print('proxy after shutdown:', type(e).__name__)

    with MyManager() as mm:
        c = mm.Counter(5)
        print(type(c).__name__, c.bump(), c.bump(k=3))
        p = ctx.Process(target=bump, args=(c,))
        p.start()
        p.join()
        print(c.bump(0))
        try:
            c._hidden()
        except AttributeError as e:
            print('AttributeError')
    print('children left:', mp.active_children())
