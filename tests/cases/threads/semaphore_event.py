# Semaphore limits concurrency; BoundedSemaphore refuses extra releases; Event and Condition.
import threading
import time

sem = threading.Semaphore(2)
active = [0]
peak = [0]
lock = threading.Lock()

def limited():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with lock:
            active[0] -= 1

threads = [threading.Thread(target=limited) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak:", peak[0])
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)

bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
def setter():
    time.sleep(0.02)
    ev.set()
threading.Thread(target=setter).start()
print(ev.wait(), ev.is_set())
ev.clear()
print(ev.is_set())

cond = threading.Condition(threading.Lock())
state = []
def notifier():
    for i in range(3):
        with cond:
            state.append(i)
            cond.notify_all()
threading.Thread(target=notifier).start()
with cond:
    print(cond.wait_for(lambda: len(state) == 3, timeout=5))
with cond:
    print(cond.wait(0.01))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
