import weakref
class V:
    def __init__(self, n):
        self.n = n
d = weakref.WeakValueDictionary()
vs = [V(i) for i in range(4)]
for i in range(len(vs)):
    d[i] = vs[i]
print(len(d), list(d.keys()))
del vs[1]
print(len(d), list(d.keys()))
print(d.get(0).n, d.get(1), 2 in d, 1 in d)
vs.clear()
print(len(d))
