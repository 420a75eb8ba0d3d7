import gc
gc.collect()
class N:
    pass
keep = N()
garbage = N()
keep.peer = garbage
garbage.peer = keep
garbage.self = garbage
del garbage
print(gc.collect())
print(keep.peer.peer is keep)
