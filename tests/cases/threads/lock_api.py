# _thread locks: acquire with timeouts, release errors, RLock ownership, start_new_thread checks.
import _thread
import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in ((False, 1), (True, -2)):
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
print(type(lock) is _thread.LockType, _thread.error is RuntimeError, _thread.TIMEOUT_MAX)

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

held = threading.RLock()
held.acquire()
got = []
t = threading.Thread(target=lambda: got.append(held.acquire(timeout=0.01)))
t.start()
t.join()
print("other thread got held RLock:", got)
held.release()

done = _thread.allocate_lock()
done.acquire()
out = []
def body(a, b, c=None):
    out.append((a, b, c))
    done.release()
_thread.start_new_thread(body, (1, 2), {"c": 3})
done.acquire()
print(out)
for bad in ((1, ()), (print, []), (print, (), 1)):
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(_thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(_thread.get_ident(), int), isinstance(_thread.get_native_id(), int))
