# Thread objects: names, identity, liveness, daemon flags, join timeouts and misuse errors.
import threading
import time

def noop():
    pass

class Worker(threading.Thread):
    def run(self):
        self.result = threading.current_thread() is self

t = threading.Thread(target=noop)
print(t.name, t.ident, t.is_alive(), t.daemon)
print(repr(t))
t.start()
t.join()
print(t.is_alive(), isinstance(t.ident, int), isinstance(t.native_id, int))
print(repr(t).startswith("<Thread(Thread-1 (noop), stopped "))

w = Worker()
print(w.name)
w.start()
w.join()
print("run override:", w.result)
print(threading.Thread(name="custom").name, threading.Thread(target=len).name)
print(threading.Thread(target=noop, daemon=True).daemon)

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.ident == threading.get_ident())
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(repr(main).startswith("<_MainThread(MainThread, started "))

ev = threading.Event()
s = threading.Thread(target=ev.wait)
s.start()
start = time.time()
s.join(timeout=0.05)
print("still alive after join timeout:", s.is_alive(), time.time() - start >= 0.04)
print(threading.active_count())
ev.set()
s.join()
print(s.is_alive())

for bad in (lambda: t.start(), lambda: threading.Thread().join(), lambda: main.join()):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
d = threading.Thread(target=noop)
d.start()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
ids = []
def rec():
    ids.append(threading.get_ident())
u = threading.Thread(target=rec)
u.start()
u.join()
print(ids[0] == u.ident, ids[0] != threading.get_ident())
