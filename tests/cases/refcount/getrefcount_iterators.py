import sys
a = [1, 2, 3]
print(sys.getrefcount(a))
it = iter(a)
print(sys.getrefcount(a))
next(it)
del it
print(sys.getrefcount(a))
for x in a:
    print(sys.getrefcount(a))
    break
print(sys.getrefcount(a))
d = {1: 2}
kv = iter(d.items())
print(sys.getrefcount(d))
del kv
print(sys.getrefcount(d))
