"""Objects moving between the collector's generations round after round (each generation's
list keeps its capacity when emptied): survivors stay tracked, cycles made of survivors are
found later, frozen objects come back."""
import gc

freed = 0


class Node:
    def __init__(self, i):
        self.i = i
        self.other = None

    def __del__(self):
        global freed
        freed += 1


gc.set_threshold(50, 3, 2)
keep = []
for round_no in range(6):
    batch = [Node(i) for i in range(2000)]
    for a, b in zip(batch[::2], batch[1::2]):
        a.other = b
        b.other = a
    keep.append(batch[:10])
    del batch, a, b
    gc.collect(round_no % 3)
    print(round_no, all(gc.is_tracked(n) for part in keep for n in part))
gc.collect()
print("freed after rounds", freed)
for part in keep:
    for n in part:
        n.other = part[0]
del part, n
keep = None
gc.collect()
print("freed in the end", freed)

frozen = [Node(i) for i in range(300)]
for n in frozen:
    n.other = n
del n
gc.freeze()
print("frozen", gc.get_freeze_count() >= 300)
frozen = None
gc.collect()
print("while frozen", freed)
gc.unfreeze()
gc.collect()
print("after unfreeze", freed)
