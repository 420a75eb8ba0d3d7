import gc
gc.collect()
gc.disable()
head = []
cur = head
for i in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(head)
del head, cur, nxt
print(gc.collect())
gc.enable()
