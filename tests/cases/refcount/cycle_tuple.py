import gc
gc.collect()
lst = []
t = (lst, 1, "x")
lst.append(t)
del lst, t
print(gc.collect())
