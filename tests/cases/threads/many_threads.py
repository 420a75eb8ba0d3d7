# 1,000 short-lived threads, started in batches; every result arrives, no thread is left.
import threading

results = []
results_lock = threading.Lock()

def task(i):
    with results_lock:
        results.append(i * i)

for batch in range(10):
    threads = [threading.Thread(target=task, args=(batch * 100 + i,)) for i in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

print(len(results), sum(results) == sum(i * i for i in range(1000)))
print("active:", threading.active_count())
print("only main left:", [t.name for t in threading.enumerate()])
