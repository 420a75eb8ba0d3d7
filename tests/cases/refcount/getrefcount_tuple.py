import sys
x = []
t = (x, x)
print(sys.getrefcount(x))
u = t + t
print(sys.getrefcount(x))
del u
print(sys.getrefcount(x))
a, b = t
print(sys.getrefcount(x))
del a, b
print(sys.getrefcount(x))
del t
print(sys.getrefcount(x))
t = tuple([x] * 5)
print(sys.getrefcount(x))
t = None
print(sys.getrefcount(x))
