"""Polymorphic LOAD_ATTR/LOAD_METHOD/STORE_ATTR sites (five classes, more than the cache keeps) whose classes change between rounds (CPython: Python/specialize.c)."""

class A:
    def __init__(self): self.x = 1
    def m(self): return "A.m"
class B:
    def __init__(self): self.x = 2
    def m(self): return "B.m"
class C(A):
    def __init__(self): self.y = 3
class D:
    def __getattr__(self, n): return "D.getattr " + n
    def m(self): return "D.m"
class E:
    __slots__ = ("x",)
    def __init__(self): self.x = 5
    def m(self): return "E.m"

def read(o):
    try:
        return o.x
    except AttributeError as e:
        return "AE " + str(e)

def call(o):
    return o.m()

def store(o, v):
    o.z = v
    return o.z

objs = [A(), B(), C(), D(), E()]
for rnd in range(6):
    print("round", rnd)
    for o in objs * 3:
        print(type(o).__name__, read(o), call(o), end=" ")
        if not isinstance(o, E):
            print(store(o, rnd), end="")
        print()
    if rnd == 0:
        C.x = "C class attr"
    elif rnd == 1:
        objs[2].x = "C inst shadow"
        objs[1].m = lambda: "B inst m"
    elif rnd == 2:
        A.m = lambda self: "A.m replaced"
    elif rnd == 3:
        D.x = 40
        B.x = property(lambda self: "B prop")
    elif rnd == 4:
        del objs[1].m
        D.m = lambda self: "D.m replaced"
        del D.__getattr__
        del D.x
        del C.x
        del objs[2].x
