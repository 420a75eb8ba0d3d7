import gc
gc.collect()
d = {}
d["self"] = d
del d
print(gc.collect())
a = {}
b = {"a": a}
a["b"] = b
del a, b
print(gc.collect())
