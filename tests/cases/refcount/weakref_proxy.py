import weakref
class P:
    def __init__(self):
        self.x = 10
    def double(self):
        return self.x * 2
o = P()
p = weakref.proxy(o)
print(p.x, p.double())
p.x = 5
print(o.x)
del o
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
