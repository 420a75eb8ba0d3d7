"""A finished generator keeps its frame, emptied, for the next generator made from it when it
is freed (its object reused): that generator starts with fresh locals, whatever the sizes of
the two codes; finishing releases the locals at once (by return, by an exception, by close);
big frames are not kept; generators made by keyword calls reuse the object too."""
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def small(a):
    yield a


def wide(a, b=1, c=2):
    x = y = z = None
    w = [a, b, c]
    yield w
    for i in range(3):
        x = i
        yield x, y, z


def unbound_after(flag):
    if flag:
        v = 1
    yield "v" in locals()


def raising(a):
    n = Noisy("raising local " + a)
    yield 1
    raise ValueError(a)


def holder(a):
    n = Noisy("holder local " + a)
    yield n.name
    yield "unreached"


def deep(n):
    big = list(range(n))
    # A deep stack: nested tuples keep many values on the value stack.
    t = (((((((((((((((((((((1,),),),),),),),),),),),),),),),),),),),),)
    yield len(big), t


print("-- finish, free, make again: fresh locals")
for _ in range(3):
    print([n.name for n in small(Noisy("arg of small"))])
    print(list(wide(5)))
    print(list(unbound_after(False)), list(unbound_after(True)))

print("-- finishing releases the locals before the generator goes")
g = holder("a")
print(next(g))
print(g.close(), "closed")
print(g.gi_frame, g.gi_running, g.gi_code.co_name)
del g
print("after del")

g = raising("b")
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(g.gi_frame)
print(list(g))
del g

print("-- a finished generator is still finished after its object is reused elsewhere")
done = small(1)
print(list(done))
for _ in range(5):
    print(next(small(2)), end=" ")
print()
print(list(done), done.gi_frame)

print("-- keyword calls and generator methods")
class C:
    def m(self, k):
        yield k * 2

for i in range(3):
    print(list(wide(a=i, c=9)), list(C().m(k=i)), list(C().m(i)))

print("-- many generators alive at once, then freed")
gens = [small(i) for i in range(200)]
print(sum(next(g) for g in gens))
for g in gens:
    list(g)
del gens, g
print(sum(x for g in [small(i) for i in range(200)] for x in g))

print("-- frames with many locals or a deep stack")
ns = {}
src = "def many():\n" + "".join(f"    v{i} = {i}\n" for i in range(300)) + "    yield v299\n"
exec(src, ns)
for _ in range(3):
    print(list(ns["many"]()), list(small(7)), list(deep(4)))

print("-- collected cycles through finished generators")
def cyc():
    me = yield
    yield me

for _ in range(3):
    g = cyc()
    next(g)
    print(g.send(g) is g)
    del g
    gc.collect()
print(list(small("after gc")))

print("-- refcounts")
o = object()
base = sys.getrefcount(o)
g = small(o)
print(sys.getrefcount(o) - base)
print(next(g) is o, sys.getrefcount(o) - base)
print(list(g), sys.getrefcount(o) - base)
del g
print(sys.getrefcount(o) - base)
