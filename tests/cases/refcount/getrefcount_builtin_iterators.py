import sys
a = [1, 2, 3]
print(sys.getrefcount(a))
e = enumerate(a)
print(sys.getrefcount(a))
del e
z = zip(a, a)
print(sys.getrefcount(a))
del z
r = reversed(a)
print(sys.getrefcount(a))
del r
m = map(len, [a])
print(sys.getrefcount(a))
del m
print(sys.getrefcount(a))
