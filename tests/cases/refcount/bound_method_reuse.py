# Bound methods come from a per-thread free list once freed: each one made while others live
# is a new object, a freed one releases its function and `self` at once (so `__del__` of
# `self` runs when the method goes), weak references to a method see it die, methods in
# reference cycles are collected, and reused methods bind the right function and instance.
import gc
import sys
import weakref


class C:
    def __init__(self, name):
        self.name = name

    def m(self):
        return self.name

    def __del__(self):
        print("del", self.name)


c = C("c")
base = sys.getrefcount(c)
m1 = c.m
print(sys.getrefcount(c) - base)
del m1
print(sys.getrefcount(c) - base)

ms = [c.m for _ in range(200)]
print(len(set(map(id, ms))), sys.getrefcount(c) - base)
del ms
print(sys.getrefcount(c) - base)

others = [C("o%d" % i) for i in range(3)]
bound = [o.m for o in others]
print([b() for b in bound], [b.__self__ is o for b, o in zip(bound, others)])
print(all(b.__func__ is C.m for b in bound))
del others
print("others dropped")
del bound
print("methods dropped")

m = c.m
r = weakref.ref(m)
print(r() is m, r()())
del m
print(r())

c2 = C("c2")
m2 = c2.m
del c2
print("c2 dropped")
del m2
print("m2 dropped")


class Cycle:
    def m(self):
        return 0


d = Cycle()
d.me = d.m
dr = weakref.ref(d)
del d
gc.collect()
print(dr())
print(c.m(), c.m is c.m)
