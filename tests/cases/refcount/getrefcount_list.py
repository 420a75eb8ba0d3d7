import sys
a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a, a]
print(sys.getrefcount(a))
c.pop()
print(sys.getrefcount(a))
c.clear()
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
c.append(a)
c.extend([a, a])
print(sys.getrefcount(a))
c[1:] = []
print(sys.getrefcount(a))
c *= 3
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
