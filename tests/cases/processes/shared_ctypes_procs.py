"""Shared Value, Array and RawArray passed to children started with spawn: the children see
and change the parent's memory; `+=` under the value's lock counts every increment (without
the lock, processes may lose updates, as in CPython); shared objects refuse to be pickled
other than for a child being spawned."""
import multiprocessing as mp


def add(counter, n, locked):
    for _ in range(n):
        if locked:
            with counter.get_lock():
                counter.value += 1
        else:
            counter.value += 1


def fill(arr, raw, start):
    for i in range(start, len(arr), 2):
        arr[i] = i * i
        raw[i] = -i
    raw[start] += 0.5


def chars(s, w, flag):
    s.value = b'from child'
    w[0] = 'Z'
    flag.value = 1.25


def run_all(ctx, target, arg_lists):
    workers = [ctx.Process(target=target, args=args) for args in arg_lists]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    return [p.exitcode for p in workers]


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    counter = ctx.Value('i', 0)
    codes = run_all(ctx, add, [(counter, 300, True)] * 3)
    print('with the lock:', counter.value, codes)
    racy = ctx.Value('i', 0, lock=False)
    codes = run_all(ctx, add, [(racy, 300, False)] * 3)
    print('without a lock: at most 900:', 0 < racy.value <= 900, codes)

    arr = ctx.Array('q', 10)
    raw = ctx.RawArray('d', 10)
    print(run_all(ctx, fill, [(arr, raw, 0), (arr, raw, 1)]))
    print('array:', arr[:])
    print('raw:', raw[:])

    s = ctx.Array('c', 16)
    w = ctx.Array('u', 'abc', lock=False)
    flag = ctx.RawValue('f')
    print(run_all(ctx, chars, [(s, w, flag)]))
    print('chars:', s.value, w[:], flag.value)

    for obj in (counter, raw, ctx.RawValue('i', 1), w):
        try:
            ctx.SimpleQueue().put(obj)
        except RuntimeError as e:
            print(type(e).__name__, e)
    print('children left:', mp.active_children())
