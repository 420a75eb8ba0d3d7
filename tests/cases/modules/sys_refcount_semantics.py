import sys
x = object()
base = sys.getrefcount(x)
lst = [x] * 5
print(sys.getrefcount(x) - base)
del lst
print(sys.getrefcount(x) - base)
d = {i: x for i in range(3)}
print(sys.getrefcount(x) - base)
d.clear()
t = (x, x)
print(sys.getrefcount(x) - base)
del t
class Holder:
    pass
h = Holder()
h.a = x
h.b = x
print(sys.getrefcount(x) - base)
del h
print(sys.getrefcount(x) - base)
