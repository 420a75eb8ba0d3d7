# The multi-threaded countdown, with each thread reporting where it stopped.
from threading import Thread, Lock

results = []
lock = Lock()

def countdown(name, n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    with lock:
        results.append((name, n, steps))

COUNT = 20000
threads = [Thread(target=countdown, args=("t%d" % i, COUNT // 4)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name, n, steps in sorted(results):
    print(name, n, steps)
print("total steps:", sum(r[2] for r in results))
