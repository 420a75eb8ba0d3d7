# Reference counts and collection of attributes kept without a dict object.
import gc
import sys


class A:
    pass


o = object()
print(sys.getrefcount(o))
a = A()
a.x = o
a.y = o
print(sys.getrefcount(o))
a.x = None
print(sys.getrefcount(o))
del a.y
print(sys.getrefcount(o))
a.z = o
d = vars(a)
print(sys.getrefcount(o), sys.getrefcount(d))
del a, d
print(sys.getrefcount(o))


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


b = A()
b.d = D("replaced")
b.d = D("second")
print("after replace")
del b.d
print("after delete")
b.d = D("with owner")
del b
print("after owner")

gc.collect()
c = A()
c.me = c
c.d = D("cycle")
del c
print("collected", gc.collect())
e = A()
e.other = A()
e.other.back = e
e.__dict__
del e
print("collected", gc.collect())
f = A()
f.a = [1]
f.b = "s"
print(gc.get_referents(f))
print(gc.get_referents(f.__dict__))
print(gc.get_referents(f))
