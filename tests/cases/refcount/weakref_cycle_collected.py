import gc, weakref
gc.collect()
class N:
    pass
n = N()
n.me = n
r = weakref.ref(n, lambda w: print("callback in collection"))
del n
print("alive", r() is not None)
print(gc.collect())
print("dead", r() is None)
