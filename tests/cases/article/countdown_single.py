import time

def countdown(n):
    while n>0:
        n-=1

COUNT = 100000
start = time.time()
countdown(COUNT)
elapsed = time.time()-start
print("Total time is a float:", isinstance(elapsed, float), elapsed >= 0)
print("counted down from", COUNT)
