import gc, weakref
class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a = Obj("a")
r = weakref.ref(a)
print(r() is a, r().name)
del a
print(r())
b = Obj("b")
c = Obj("c")
b.partner, c.partner = c, b
del b, c
print("collected:", gc.collect() >= 2)
d = weakref.WeakValueDictionary()
o = Obj("o")
d["k"] = o
print(len(d))
del o
print(len(d))
print(gc.isenabled())
