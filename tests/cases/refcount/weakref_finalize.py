import weakref
class Obj:
    pass
o = Obj()
f = weakref.finalize(o, print, "finalized", "o")
print(f.alive)
del o
print(f.alive)
p = Obj()
g = weakref.finalize(p, lambda: print("never"))
print(g.detach() is not None, g.alive)
del p
q = Obj()
h = weakref.finalize(q, print, "called early")
h()
print(h.alive)
del q
print("end")
