import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("before collect")
print(gc.collect())
print("after collect")
