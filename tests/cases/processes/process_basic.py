"""multiprocessing.Process with the spawn start method: target/args/kwargs, names, exit codes,
join with a timeout, is_alive, terminate, kill, close, daemon, current/parent process, and the
`if __name__ == '__main__'` guard (the child imports this file as __mp_main__)."""
import multiprocessing as mp
import os
import sys
import time


def work(n, *, scale=1):
    me = mp.current_process()
    print("child", n * scale, me.name, __name__, mp.parent_process().pid == os.getppid(),
          flush=True)
    if n == 3:
        sys.exit(7)
    if n == 4:
        raise ValueError("child failure")


def sleeper():
    time.sleep(30)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print(mp.get_start_method(), mp.current_process().name, mp.parent_process())
    for i in range(5):
        p = mp.Process(target=work, args=(i,), kwargs={"scale": 10})
        p.start()
        p.join()
        print(p.name, "exitcode", p.exitcode, p.is_alive())
    p = mp.Process(target=work, args=(1,), name="worker-x")
    print(repr(p).split(" parent=")[0], p.pid, p.exitcode)
    p.start()
    p.join(10)
    print(p.name, p.exitcode, p.pid != os.getpid())
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print(e)
    p = mp.Process(target=sleeper)
    p.start()
    p.join(0.2)
    print("after timeout", p.is_alive(), p.exitcode)
    p.terminate()
    p.join()
    print("terminated", p.exitcode, repr(p).split()[-1])
    p = mp.Process(target=sleeper)
    p.start()
    p.kill()
    p.join()
    print("killed", p.exitcode)
    p = mp.Process(target=sleeper, daemon=True)
    p.start()
    print("daemon", p.daemon, len(mp.active_children()))
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError", e)
    print(mp.cpu_count() == os.cpu_count())
