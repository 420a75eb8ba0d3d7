# __main__'s dict held at exit by a daemon thread's running frame: CPython frees the module
# and leaves the dict alone, so the objects in it are never finalized (no __del__ runs, no
# error from a name set to None).
import threading
import time


class D:
    def __del__(self):
        print("D.__del__")
        time.sleep(0)


d = D()
started = threading.Event()
lock = threading.Lock()
lock.acquire()


def blocked():
    started.set()
    lock.acquire()


threading.Thread(target=blocked, daemon=True).start()
started.wait()
print("bye")
