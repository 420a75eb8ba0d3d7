"""multiprocessing.Condition and Barrier shared with children started with spawn: waiters
woken by notify/notify_all, wait_for with a predicate over shared memory, wait timeouts, and
a barrier that releases all parties together (the parent among them)."""
import multiprocessing as mp


def waiter(cond, ready, flag, results, i):
    with cond:
        ready.value += 1
        cond.notify_all()
        ok = cond.wait_for(lambda: flag.value == 1, timeout=30)
        results[i] = 1 if ok else -1


def party(barrier, results, i):
    results[i] = barrier.wait(timeout=30) + 10


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    cond = ctx.Condition()
    ready = ctx.RawValue('i', 0)
    flag = ctx.RawValue('i', 0)
    results = ctx.RawArray('i', 3)
    ps = [ctx.Process(target=waiter, args=(cond, ready, flag, results, i)) for i in range(3)]
    for p in ps:
        p.start()
    with cond:
        print('all waiting:', cond.wait_for(lambda: ready.value == 3, timeout=30))
        flag.value = 1
        cond.notify_all()
    for p in ps:
        p.join()
    print('woken:', results[:], [p.exitcode for p in ps])

    with cond:
        print('wait timeout:', cond.wait(0.05))
        cond.notify()
    try:
        cond.wait(0.01)
    except AssertionError as e:
        print('AssertionError', e)

    barrier = ctx.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    results = ctx.RawArray('i', 2)
    ps = [ctx.Process(target=party, args=(barrier, results, i)) for i in range(2)]
    for p in ps:
        p.start()
    mine = barrier.wait(timeout=30)
    for p in ps:
        p.join()
    print('barrier indexes:', sorted(results[:] + [mine + 10]), [p.exitcode for p in ps])
    b = ctx.Barrier(2, timeout=0.05)
    try:
        b.wait()
    except Exception as e:
        print(type(e).__name__, b.broken)
    b.reset()
    print(b.broken, b.n_waiting)
    print('children left:', mp.active_children())
