import gc
gc.collect()
def gen():
    me = yield 1
    yield me
g = gen()
next(g)
g.send(g)
del g
print(gc.collect())
