import sys
class C:
    pass
x = []
c = C()
c.a = x
print(sys.getrefcount(x))
c.b = x
print(sys.getrefcount(x))
del c.a
print(sys.getrefcount(x))
setattr(c, "d", x)
print(sys.getrefcount(x))
C.cls_attr = x
print(sys.getrefcount(x))
del C.cls_attr
c.b = None
c.d = None
print(sys.getrefcount(x))
print(sys.getrefcount(c))
print(sys.getrefcount(C) > 2)
