import gc
gc.collect()
print(gc.get_freeze_count())
keep = [[] for _ in range(10)]
gc.freeze()
print(gc.get_freeze_count() >= 10)
gc.unfreeze()
print(gc.get_freeze_count())
