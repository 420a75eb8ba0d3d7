import sys
class C:
    def m(self):
        return 1
c = C()
print(sys.getrefcount(c))
b = c.m
print(sys.getrefcount(c))
b2 = c.m
print(sys.getrefcount(c))
del b, b2
print(sys.getrefcount(c))
lst = []
app = lst.append
print(sys.getrefcount(lst))
del app
print(sys.getrefcount(lst))
print(sys.getrefcount(C.m) >= 2)
