import gc
gc.collect()
class Temp:
    def method(self):
        return 1
Temp.ref = Temp
del Temp
print(gc.collect() > 0)
print(gc.collect())
