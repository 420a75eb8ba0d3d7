import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = []
a.append(a)
del a
print(gc.collect())
print(len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage[0].clear()
gc.garbage.clear()
print(gc.collect())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
