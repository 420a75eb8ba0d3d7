import gc
gc.collect()
a = []
a.append(a)
del a
print(gc.collect())
x = []
y = [x]
x.append(y)
del x, y
print(gc.collect())
print(gc.collect())
