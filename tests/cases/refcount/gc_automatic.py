import gc, weakref
gc.collect()
class C:
    pass
first = C()
first.self = first
r = weakref.ref(first)
del first
for i in range(20000):
    x = []
    x.append(x)
del x
print("collected automatically:", r() is None)
