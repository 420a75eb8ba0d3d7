"""No child process is left behind: after a pool, processes and queues are used and shut
down (os.waitpid(-1) finds no child), and when a parent that started workers dies of an
uncaught exception (its workers end too)."""
import multiprocessing as mp
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor


def sq(x):
    return x * x


def slow_pid(_):
    import time
    time.sleep(0.1)
    return os.getpid()


def reaped(pid):
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(sq, range(4))))
        pids = set(ex.map(slow_pid, range(4)))
    pool = mp.Pool(2)
    print(pool.map(sq, range(4)))
    pids |= set(pool.map(slow_pid, range(4), chunksize=1))
    pool.close()
    pool.join()
    p = mp.Process(target=sq, args=(2,))
    p.start()
    p.join()
    pids.add(p.pid)
    print(len(pids), "children, all reaped:", all(reaped(pid) for pid in pids))
    r = subprocess.run([sys.executable, "_uncaught_parent.py"], capture_output=True, text=True)
    lines = r.stdout.split()
    print(r.returncode, r.stderr.strip().splitlines()[-1], lines[0])
    import time
    deadline = time.monotonic() + 10
    while any(alive(int(pid)) for pid in lines[1:]) and time.monotonic() < deadline:
        time.sleep(0.05)
    print("workers alive:", [alive(int(pid)) for pid in lines[1:]])
