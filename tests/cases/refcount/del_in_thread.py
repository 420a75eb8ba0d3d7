"""`__del__` and weak reference callbacks run in threads other than the main one, when the
last reference goes there, as in CPython."""
import threading
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "in", threading.current_thread().name)


def worker():
    x = Item("local")
    del x
    y = Item("weak")
    r = weakref.ref(y, lambda r: print("callback in", threading.current_thread().name))
    y = None
    print("worker rebinding done")
    z = Item("at return")
    return r


t = threading.Thread(target=worker, name="worker-1")
t.start()
t.join()
print("joined")
