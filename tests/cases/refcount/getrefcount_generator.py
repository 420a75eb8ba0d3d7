import sys
def gen(seq):
    for item in seq:
        yield item
a = []
g = gen([a, a])
print(sys.getrefcount(a))
next(g)
print(sys.getrefcount(a))
next(g)
print(sys.getrefcount(a))
del g
print(sys.getrefcount(a))
def holds(x):
    yield 1
    yield 2
h = holds(a)
print(sys.getrefcount(a))
next(h)
print(sys.getrefcount(a))
h.close()
print(sys.getrefcount(a))
