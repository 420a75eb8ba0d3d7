import gc
gc.collect()
e = ValueError()
e.args = (e,)
del e
print(gc.collect())
