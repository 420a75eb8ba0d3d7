import gc
gc.collect()
class Link:
    pass
head = Link()
cur = head
for i in range(999):
    nxt = Link()
    cur.next = nxt
    cur = nxt
cur.next = head
del head, cur, nxt
print(gc.collect())
