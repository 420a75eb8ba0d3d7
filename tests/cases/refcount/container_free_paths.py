# Freeing exact lists, tuples and sets (their own free path and free lists): items' __del__
# order, nested containers, subclasses, weak references, reuse of kept sets and lists, and
# the collector still finding cycles through them.
import gc
import sys
import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("list:")
l = [D("a"), D("b"), D("c")]
del l
print("tuple:")
t = (D("a"), D("b"), D("c"))
del t
print("set:")
s = {D("s1")}
del s


class HD(D):
    def __init__(self, name, h):
        super().__init__(name)
        self.h = h

    def __hash__(self):
        return self.h


print("set in table order:")
s = {HD("h9", 9), HD("h2", 2), HD("h33", 33), HD("h1", 1), HD("h17", 17), HD("h4", 4)}
s.discard(next(k for k in s if k.h == 33))
del s
print("nested:")
l = [[D("x1"), D("x2")], (D("y1"), [D("y2")]), D("z")]
del l
print("list in a freed tuple in a freed list:")
x = [(1, [D("deep")]), 2]
x = None


class L(list):
    def __del__(self):
        print("del L", len(self))


class T(tuple):
    pass


class S(set):
    def __del__(self):
        print("del S", len(self))


print("subclasses:")
l = L([D("in L")])
del l
t = T((D("in T"),))
del t
s = S([D("in S")])
del s

print("weakref to a set:")
s = {1, 2}
r = weakref.ref(s, lambda ref: print("callback", ref() is None))
del s
print(r() is None)

print("reuse:")
for i in range(3):
    s = set(range(20))
    s.discard(5)
    del s
    s = set()
    s.add(33)
    s.add(1)
    print(s, len(s))
big = {k: None for k in range(100)}
s = set(big)
del s
s = set([9, 17, 25])
print(s)
l = [1, 2, 3] * 5
del l
l = []
l.append(4)
print(l, [] == [], list(()), ())

print("refcounts:")
item = object()
l = [item, item]
print(sys.getrefcount(item))
del l
print(sys.getrefcount(item))
s = {item}
print(sys.getrefcount(item))
s = None
print(sys.getrefcount(item))
t = (item, 1)
print(sys.getrefcount(item))
t = None
print(sys.getrefcount(item))

print("cycles:")
gc.collect()
a = []
a.append(a)
a.append(D("in list cycle"))
del a
print("collected", gc.collect() >= 2)


class H:
    def __hash__(self):
        return 1


h = H()
h.s = {h, D("in set cycle")}
del h
print("collected", gc.collect() >= 2)
t = ([], D("in tuple cycle"))
t[0].append(t)
del t
print("collected", gc.collect() >= 2)
print("end")
