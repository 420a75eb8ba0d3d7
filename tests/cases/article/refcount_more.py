import sys

a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
c = a
print(sys.getrefcount(a))
holder = [a, a]
print(sys.getrefcount(a))
del holder
print(sys.getrefcount(a))
d = {"k": a}
print(sys.getrefcount(a))
d.clear()
del b, c
print(sys.getrefcount(a))

def f(x):
    return sys.getrefcount(x)

print(f(a))
obj = object()
print(sys.getrefcount(obj))
