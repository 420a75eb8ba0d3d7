"""concurrent.futures.ProcessPoolExecutor: submit, map (with chunksize and timeout),
initializer, shutdown with cancel_futures, as_completed, the context manager; the work runs in
other processes."""
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor, as_completed, wait


def sq(x):
    return x * x


def add(a, b, c=0):
    return a + b + c


def countdown(n):
    while n > 0:
        n -= 1
    return os.getpid()


def init(v):
    global BASE
    BASE = v


def plus_base(x):
    return BASE + x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(sq, range(10))))
        print(list(ex.map(add, range(5), range(5), chunksize=2)))
        print(list(ex.map(sq, range(7), chunksize=3, timeout=30)))
        print(ex.submit(add, 1, 2, c=3).result())
        fs = [ex.submit(sq, i) for i in range(6)]
        print(sorted(f.result() for f in as_completed(fs)))
        done, not_done = wait(fs)
        print(len(done), len(not_done))
        pids = set(ex.map(countdown, [20000] * 4))
        print(len(pids) <= 2, os.getpid() not in pids)
        f = ex.submit(sq, 9)
        print(f.result(timeout=30), f.done(), f.exception())
    with ProcessPoolExecutor(2, initializer=init, initargs=(100,)) as ex:
        print(list(ex.map(plus_base, [1, 2, 3])))
    ex = ProcessPoolExecutor(1)
    fs = [ex.submit(countdown, 200000) for _ in range(4)]
    ex.shutdown(wait=True, cancel_futures=True)
    print(sum(f.cancelled() for f in fs) + sum(f.done() and not f.cancelled() for f in fs))
    try:
        ex.submit(sq, 1)
    except RuntimeError as e:
        print(e)
    print(ProcessPoolExecutor()._max_workers == os.cpu_count())
