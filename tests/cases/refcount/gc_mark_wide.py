# A collection where many objects are reachable only through objects tracked after them
# (a list made after its items, chains built backwards), mixed with cyclic garbage.
import gc


class Node:
    def __init__(self, i):
        self.i = i
        self.next = None


gc.disable()
gc.collect()
items = [Node(i) for i in range(10000)]
for n in items:
    n.me = n
holder = Node(-1)
holder.items = items
del items
head = None
for i in range(6000):
    n = Node(i)
    n.next = head
    head = n
tail_first = Node(-2)
first = tail_first
for i in range(6000):
    n = Node(i)
    first.next = n
    first = n
del first
garbage = [Node(i) for i in range(5000)]
for n in garbage:
    n.me = n
del garbage
print("collected", gc.collect())
print(len(holder.items), sum(n.i for n in holder.items), holder.items[-1].me is holder.items[-1])
count = 0
n = head
while n is not None:
    count += 1
    n = n.next
print("chain", count)
count = 0
n = tail_first
while n is not None:
    count += 1
    n = n.next
print("forward chain", count)
del holder, head, tail_first
print("collected", gc.collect())
gc.enable()
