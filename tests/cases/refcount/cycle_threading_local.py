"""Cycles through `threading.local` namespaces are collected, as CPython's `_thread._local`:
a local whose namespace refers to the local itself, an object and a local holding each other,
and a local with namespaces in two threads; a thread's namespace goes when the thread ends."""
import gc
import threading
import weakref


def callback(label):
    return lambda r: print(label, "callback; referent gone:", r() is None)


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Item.__del__", self.name)


def self_cycle():
    loc = threading.local()
    loc.me = loc
    loc.item = Item("self-cycle")
    return weakref.ref(loc, callback("self-cycle"))


def object_cycle():
    class Holder:
        pass

    h = Holder()
    loc = threading.local()
    loc.holder = h
    h.loc = loc
    return weakref.ref(loc, callback("object-cycle"))


def two_threads():
    loc = threading.local()
    loc.me = loc

    def worker():
        loc.me = loc
        loc.item = Item("worker namespace")

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    return weakref.ref(loc, callback("two-threads"))


def thread_end_drops_namespace():
    loc = threading.local()

    def worker():
        loc.item = Item("dropped at thread end")

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    print("worker joined; main sees item:", hasattr(loc, "item"))


gc.collect()
gc.disable()
for make in (self_cycle, object_cycle, two_threads):
    r = make()
    print(make.__name__, "alive before collect:", r() is not None)
    print("collected something:", gc.collect() > 0)
    print(make.__name__, "alive after collect:", r() is not None)
gc.enable()
thread_end_drops_namespace()


class Sub(threading.local):
    def __init__(self, value):
        self.value = value
        self.me = self


def subclass_cycle():
    s = Sub(7)
    seen = []
    t = threading.Thread(target=lambda: seen.append(s.value))
    t.start()
    t.join()
    print("subclass __init__ ran again in the thread:", seen)
    return weakref.ref(s, callback("subclass"))


r = subclass_cycle()
print("collected something:", gc.collect() > 0)
print("subclass alive after collect:", r() is not None)
