import gc
gc.collect()
log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"]))
gc.callbacks.append(cb)
a = []
a.append(a)
del a
gc.collect()
gc.callbacks.remove(cb)
print(log)
