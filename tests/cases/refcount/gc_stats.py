import gc
stats = gc.get_stats()
print(len(stats), list(stats[0].keys()))
before = gc.get_stats()[2]["collections"]
gc.collect()
print(gc.get_stats()[2]["collections"] - before)
