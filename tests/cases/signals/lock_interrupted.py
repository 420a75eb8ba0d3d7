# A main thread blocked in Lock.acquire() / RLock.acquire() wakes for a signal: the handler's
# exception (KeyboardInterrupt for SIGINT) propagates out of acquire; a handler that returns
# lets a timed acquire go on for the time left.
import os
import signal
import threading
import time


def send(signum, delay):
    t = threading.Timer(delay, os.kill, (os.getpid(), signum))
    t.start()
    return t


lock = threading.Lock()
lock.acquire()
t = send(signal.SIGINT, 0.1)
try:
    lock.acquire()
    print("acquired?")
except KeyboardInterrupt:
    print("KeyboardInterrupt out of Lock.acquire()")
t.join()
print("still locked:", lock.locked())

calls = []
signal.signal(signal.SIGUSR1, lambda s, f: calls.append(s))
t = send(signal.SIGUSR1, 0.1)
start = time.monotonic()
got = lock.acquire(timeout=0.5)
elapsed = time.monotonic() - start
t.join()
print("timed acquire:", got, calls, 0.5 <= elapsed < 5)

rlock = threading.RLock()
holder_ready = threading.Event()
release = threading.Event()


def holder():
    with rlock:
        holder_ready.set()
        release.wait()


h = threading.Thread(target=holder)
h.start()
holder_ready.wait()
t = send(signal.SIGINT, 0.1)
try:
    with rlock:
        print("entered?")
except KeyboardInterrupt:
    print("KeyboardInterrupt out of RLock.acquire()")
t.join()
release.set()
h.join()
with rlock:
    print("RLock free again")
lock.release()
