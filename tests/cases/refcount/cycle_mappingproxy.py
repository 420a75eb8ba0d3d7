import gc, types, weakref
gc.collect()
class Marker:
    pass
d = {}
d["proxy"] = types.MappingProxyType(d)
d["marker"] = Marker()
r = weakref.ref(d["marker"])
del d
print(r() is not None, gc.collect() > 0, r() is None)
class Slotted:
    __slots__ = ("other", "__weakref__")
a, b = Slotted(), Slotted()
a.other, b.other = b, a
ra = weakref.ref(a)
del a, b
print(ra() is not None, gc.collect() > 0, ra() is None)
holder = []
holder.append(iter([holder]))
del holder
print(gc.collect() > 0)
