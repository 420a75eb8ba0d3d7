# Ctrl-C while the main thread waits in Thread.join() raises KeyboardInterrupt there; the thread
# keeps running. (CPython 3.11 then marks the thread stopped, bpo-45274's handler: is_alive() is
# False although it runs.)
import os
import signal
import threading
import time

go = threading.Event()
finished = threading.Event()


def worker():
    go.wait()
    print("worker done")
    finished.set()


w = threading.Thread(target=worker, name="worker")
w.start()
killer = threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGINT))
killer.start()
start = time.monotonic()
try:
    w.join()
    print("joined?")
except KeyboardInterrupt:
    print("KeyboardInterrupt in join, early:", time.monotonic() - start < 10)
killer.join()
print("worker alive:", w.is_alive())
go.set()
finished.wait()

w = threading.Thread(target=time.sleep, args=(0.3,))
w.start()
calls = []
signal.signal(signal.SIGALRM, lambda s, f: calls.append(threading.current_thread().name))
signal.setitimer(signal.ITIMER_REAL, 0.05)
w.join()
print("join resumed after the handler:", calls, w.is_alive())
