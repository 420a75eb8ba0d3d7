# A threading.local's namespaces go away with it (every thread's), and a thread's namespace
# goes away when the thread ends: what they held is freed at once.
import threading
import weakref


class Obj:
    pass


loc = threading.local()
o = Obj()
loc.x = o
held = weakref.ref(o)
del o
print("alive while the local is:", held() is not None)
del loc
print("freed with the local:", held() is None)

loc = threading.local()
refs = []


def work():
    loc.y = Obj()
    refs.append(weakref.ref(loc.y))


t = threading.Thread(target=work)
t.start()
t.join()
print("freed when its thread ended:", refs[0]() is None, hasattr(loc, "y"))

loc.z = Obj()
z = weakref.ref(loc.z)
t = threading.Thread(target=work)
t.start()
t.join()
del loc
print("all namespaces freed:", z() is None, refs[1]() is None)


class Sub(threading.local):
    def __init__(self, n):
        self.n = n


s = Sub(7)
ns = []
t = threading.Thread(target=lambda: ns.append(s.n))
t.start()
t.join()
print(s.n, ns)
