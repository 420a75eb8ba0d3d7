import time
from threading import Thread

def io_task():
    time.sleep(1)

threads = [Thread(target=io_task) for _ in range(4)]
start = time.time()
for t in threads:
    t.start()
for t in threads:
    t.join()

print("Total time : ", time.time()-start)
