"""A worker's exception is re-raised by result() with the worker's traceback text attached as
__cause__ (a _RemoteTraceback); a worker that dies (os._exit, a signal) breaks the pool with
BrokenProcessPool instead of hanging."""
import multiprocessing as mp
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def fail(x):
    raise ValueError("bad value %d" % x)


def die(code):
    os._exit(code)


def kill_self(_):
    os.kill(os.getpid(), signal.SIGKILL if hasattr(signal, "SIGKILL") else 9)


def sq(x):
    return x * x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with ProcessPoolExecutor(2) as ex:
        f = ex.submit(fail, 3)
        try:
            f.result()
        except ValueError as e:
            cause = e.__cause__
            print("ValueError", e, type(cause).__name__)
            text = str(cause)
            print(text.startswith('\n"""\nTraceback (most recent call last):'),
                  'raise ValueError("bad value %d" % x)' in text,
                  text.endswith('ValueError: bad value 3\n"""'))
        print(type(f.exception()).__name__)
        try:
            list(ex.map(fail, [1, 2]))
        except ValueError as e:
            print("map:", e)
        print(ex.submit(sq, 5).result())
    for victim in (die, kill_self):
        ex = ProcessPoolExecutor(2)
        print(ex.submit(sq, 3).result())
        f = ex.submit(victim, 3)
        try:
            f.result(timeout=30)
        except BrokenProcessPool as e:
            print("BrokenProcessPool:", e)
        try:
            ex.submit(sq, 2)
        except BrokenProcessPool as e:
            print("submit:", e)
        ex.shutdown()
