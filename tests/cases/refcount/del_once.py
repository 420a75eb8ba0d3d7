import gc
saved = []
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        saved.append(self)
r = R("phoenix")
del r
print("resurrected:", len(saved), saved[0].name)
saved.clear()
print("cleared again (no second __del__)")
c = R("cyclic")
c.me = c
del c
print(gc.collect() >= 1)
print("saved", [x.name for x in saved])
x = saved.pop()
print(gc.is_finalized(x))
del x
print(gc.collect())
print("end")
