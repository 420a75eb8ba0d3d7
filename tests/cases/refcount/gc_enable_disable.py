import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
class C:
    pass
for i in range(5000):
    c = C()
    c.self = c
del c
print(gc.collect() >= 5000)
gc.enable()
print(gc.isenabled())
