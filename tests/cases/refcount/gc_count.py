import gc
gc.collect()
print(gc.get_count())
gc.disable()
before = gc.get_count()[0]
keep = [[] for _ in range(50)]
after = gc.get_count()[0]
print(after - before >= 50)
del keep
gc.collect(0)
c = gc.get_count()
print(c[0] <= 2, c[1])
gc.collect(1)
print(gc.get_count()[1:])
gc.enable()
