import sys
d = []
def f(a=d, b=d):
    return a
print(sys.getrefcount(d))
def g(*, k=d):
    return k
print(sys.getrefcount(d))
f.__defaults__ = None
print(sys.getrefcount(d))
del g
print(sys.getrefcount(d))
h = lambda z=d: z
print(sys.getrefcount(d))
del h
print(sys.getrefcount(d))
