import gc
gc.collect()
class P:
    def get(self):
        return self.value
    value = 1
    prop = property(get)
obj = P()
obj.keep = obj
print(obj.prop)
del obj
print(gc.collect())
