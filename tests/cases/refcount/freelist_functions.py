"""Functions made again from freed ones (the free list): each gets its own code, names,
defaults, closure, annotations and doc, and no attributes of the freed one; what a freed
function held is released when it is freed, in order; weak references, cycles and threads."""
import gc
import sys
import threading
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return "Noisy(%s)" % self.name


def describe(f):
    return (f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__,
            f.__kwdefaults__, f.__annotations__, f.__dict__,
            None if f.__closure__ is None else len(f.__closure__))


print("-- made in a loop: each its own")
for i in range(3):
    def plain(a, b=i, *, k=i * 2) -> int:
        "doc of plain"
        return a + b + k
    print(describe(plain), plain(1))
    lam = lambda x, y=i: x * y
    print(describe(lam), lam(3))
    def outer(v):
        def inner(w: int):
            return v + w
        return inner
    inn = outer(i)
    print(describe(inn), inn(10))
    print(sum(x for x in range(i + 2)), [y for y in (z * 2 for z in range(i))])

print("-- attributes do not outlive their function")
for i in range(3):
    def f():
        pass
    print("before", f.__dict__)
    f.attr = Noisy("attr %d" % i)
    f.__dict__["other"] = i
    print("after", sorted(f.__dict__))
    del f
    print("freed")

print("-- what a function holds is released when it goes, defaults then closure")
def maker(tag):
    held = Noisy("closure " + tag)
    def g(d=Noisy("default " + tag)):
        return held, d
    return g
g = maker("a")
print(g()[0].name)
del g
print("after del")

print("-- weak references")
def target():
    return 1
r = weakref.ref(target, lambda ref: print("callback"))
print(r() is target)
del target
print(r())
def again():
    return 2
print(again(), r())

print("-- cycles")
for i in range(2):
    def cyc(self_ref=None):
        return cyc
    cyc.me = cyc
    cyc.noisy = Noisy("cyc %d" % i)
    del cyc
    print("collected", gc.collect() >= 1)
def after_gc(x=5):
    return x
print(describe(after_gc))

print("-- refcounts")
o = object()
base = sys.getrefcount(o)
def uses(a=o):
    return a
print(sys.getrefcount(o) - base)
del uses
print(sys.getrefcount(o) - base)
fs = [lambda o=o: o for _ in range(100)]
print(sys.getrefcount(o) - base)
del fs
print(sys.getrefcount(o) - base)

print("-- threads")
out = []
def work(n):
    total = 0
    for i in range(200):
        total += (lambda j=i: j + n)()
        total += sum(x for x in (i, n))
    out.append(total)
ts = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
print(describe(lambda: 0))
