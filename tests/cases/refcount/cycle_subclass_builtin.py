import gc
gc.collect()
class L(list):
    pass
l = L()
l.append(l)
del l
print(gc.collect())
class D(dict):
    pass
d = D()
d["me"] = d
del d
print(gc.collect())
