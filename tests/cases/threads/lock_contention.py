# 16 threads contend on one Lock; each records when it held it, and no two overlap.
import threading

lock = threading.Lock()
inside = [0]
max_inside = [0]
rounds = {}

def worker(i):
    for _ in range(200):
        lock.acquire()
        try:
            inside[0] += 1
            if inside[0] > max_inside[0]:
                max_inside[0] = inside[0]
            rounds[i] = rounds.get(i, 0) + 1
            inside[0] -= 1
        finally:
            lock.release()

threads = [threading.Thread(target=worker, args=(i,)) for i in range(16)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("max holders at once:", max_inside[0])
print("rounds:", sorted(rounds.values()) == [200] * 16)
print("locked after:", lock.locked())
