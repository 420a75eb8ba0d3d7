import time
from threading import Thread

def countdown(n):
    while n>0:
        n-=1

COUNT = 100000
t1 = Thread(target=countdown, args=(COUNT//2,))
t2 = Thread(target=countdown, args=(COUNT//2,))
start = time.time()
t1.start()
t2.start()
t1.join()
t2.join()
elapsed = time.time()-start
print("Total time is a float:", isinstance(elapsed, float), elapsed >= 0)
print("threads alive after join:", t1.is_alive(), t2.is_alive())
