import sys
class K:
    pass
k = K()
print(sys.getrefcount(k))
s = {k}
print(sys.getrefcount(k))
f = frozenset(s)
print(sys.getrefcount(k))
s.add(k)
print(sys.getrefcount(k))
s.discard(k)
print(sys.getrefcount(k))
u = f | {1}
print(sys.getrefcount(k))
del f, u
print(sys.getrefcount(k))
s.update([k])
s.clear()
print(sys.getrefcount(k))
