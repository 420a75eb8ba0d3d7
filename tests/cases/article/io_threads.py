# The I/O-bound case: threads that sleep release the GIL, so they overlap.
import time
from threading import Thread

finished = []

def io_task(i):
    time.sleep(0.1)
    finished.append(i)

start = time.time()
threads = [Thread(target=io_task, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.time() - start
print(sorted(finished))
print("overlapped:", elapsed < 0.35)
