import gc
gc.collect()
lst = []
it = iter(lst)
lst.append(it)
del lst, it
print(gc.collect())
d = {}
di = iter(d)
d["it"] = 1
x = [di]
x.append(x)
del d, di, x
print(gc.collect())
