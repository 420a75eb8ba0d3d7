"""Support for no_children_left.py: start a 2-worker pool, print the workers' pids, fail."""
import multiprocessing as mp
import os
import time
from concurrent.futures import ProcessPoolExecutor


def pid(_):
    time.sleep(0.2)
    return os.getpid()


if __name__ == "__main__":
    mp.set_start_method("spawn")
    ex = ProcessPoolExecutor(2)
    pids = set(ex.map(pid, range(4)))
    print("pids", *sorted(pids), flush=True)
    raise RuntimeError("parent fails")
