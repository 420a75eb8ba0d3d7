import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print(gc.collect())
c = Node("self")
c.other = c
del c
print(gc.collect())
