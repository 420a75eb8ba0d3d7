import time

def countdown(n):
    while n>0:
        n-=1

COUNT = 100000000
start = time.time()
countdown(COUNT)
print("Total time : ", time.time()-start)
