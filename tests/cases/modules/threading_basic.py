import threading
results = []
lock = threading.Lock()
def work(i):
    with lock:
        results.append(i * i)
threads = [threading.Thread(target=work, args=(i,), name=f"worker-{i}") for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), threads[0].name, threading.current_thread().name, threading.main_thread().name)
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
rl = threading.RLock()
with rl:
    with rl:
        print("re-entered")
ev = threading.Event()
threading.Thread(target=ev.set).start()
print(ev.wait(5), ev.is_set())
local = threading.local()
local.v = "main"
def setter():
    local.v = "thread"
t = threading.Thread(target=setter); t.start(); t.join()
print(local.v, threading.active_count() >= 1)
