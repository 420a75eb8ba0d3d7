import gc
gc.collect()
class C:
    def m(self):
        pass
c = C()
c.bound = c.m
del c
print(gc.collect())
lst = []
lst.append(lst.append)
del lst
print(gc.collect())
