import gc
gc.collect()
class H:
    pass
h = H()
s = {h}
h.s = s
del h, s
print(gc.collect())
k = H()
f = frozenset([k])
k.f = f
del k, f
print(gc.collect())
