import gc
gc.collect()
survivors = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizing", self.name)
        survivors.append(self)
p = Phoenix("p")
p.self = p
del p
print(gc.collect())
print([s.name for s in survivors])
print(gc.is_finalized(survivors[0]))
survivors.clear()
print(gc.collect())
print("end")
