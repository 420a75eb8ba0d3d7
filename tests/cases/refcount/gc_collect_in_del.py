import gc
gc.collect()
class C:
    def __del__(self):
        print("nested collect", gc.collect())
c = C()
c.me = c
del c
print(gc.collect())
