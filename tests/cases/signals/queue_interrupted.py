# signal.alarm / setitimer deliver SIGALRM while the main thread waits in Queue.get(),
# Condition.wait() and Event.wait(); the handler runs in the main thread and its exception ends
# the wait; a handler that returns lets the wait go on.
import queue
import signal
import threading
import time


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout(threading.current_thread().name)


signal.signal(signal.SIGALRM, on_alarm)
q = queue.Queue()
print("alarm() returns", signal.alarm(1))
start = time.monotonic()
try:
    q.get()
except Timeout as e:
    print("Queue.get() interrupted in", e, 0.5 < time.monotonic() - start < 10)

cond = threading.Condition()
signal.setitimer(signal.ITIMER_REAL, 0.1)
with cond:
    try:
        cond.wait()
    except Timeout as e:
        print("Condition.wait() interrupted in", e)
    print("lock held again after the wait:", cond._is_owned())

ev = threading.Event()
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    ev.wait()
except Timeout as e:
    print("Event.wait() interrupted in", e)

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
print("Event.wait(0.4):", ev.wait(0.4), ticks, 0.4 <= time.monotonic() - start < 5)

sq = queue.SimpleQueue()
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    sq.get()
except Timeout as e:
    print("SimpleQueue.get() interrupted in", e)
