# Many threads increment shared counters under a Lock and an RLock.
import threading

counter = 0
lock = threading.Lock()
rcounter = 0
rlock = threading.RLock()

def work(n):
    global counter, rcounter
    for _ in range(n):
        with lock:
            counter += 1
        with rlock:
            with rlock:
                rcounter += 2

threads = [threading.Thread(target=work, args=(2000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print("rcounter:", rcounter)
print("lock free:", not lock.locked())
print("all joined:", not any(t.is_alive() for t in threads))
