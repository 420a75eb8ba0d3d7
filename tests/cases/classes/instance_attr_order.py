# Attribute order of instances whose attributes are kept without a dict: stores in the class's
# order, out of it, deletions and re-insertions; what vars(), dir() order and the collector see.
import gc


class A:
    pass


a = A()
a.x, a.y, a.z = 1, 2, 3
b = A()
b.z = 30
b.x = 10
c = A()
c.x = 100
c.y = 200
del c.x
c.x = 101
c.w = 400
del c.y
d = A()
d.w = 4
d.z = 3
d.y = 2
d.x = 1
print(vars(a), vars(b), vars(c), vars(d))
e = A()
e.y = 5
e.x = 6
print(sorted(map(repr, gc.get_referents(e))))
print(e.y, e.x, getattr(e, "z", "no z"))
del e.y
print(vars(e))
e.y = 7
print(vars(e), e.__dict__ is vars(e))
for n in range(40):
    setattr(e, "n%d" % n, n)
print(list(vars(e))[:5], len(vars(e)))
