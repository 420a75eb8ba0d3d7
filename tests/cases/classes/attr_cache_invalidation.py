# Attribute and method inline caches must follow every change that affects a lookup:
# class attributes set or deleted, descriptors added later, instance dicts shadowing methods,
# hooks defined later, types recreated at the same call site.


class P:
    def __init__(self, x):
        self.x = x

    def m(self):
        return "P.m"


def read(o):
    return o.x


def call(o):
    return o.m()


def store(o, v):
    o.x = v


ps = [P(i) for i in range(5)]
print([read(p) for p in ps])
print([call(p) for p in ps])

# An instance attribute shadows the method at the same LOAD_METHOD site.
ps[2].m = lambda: "instance m"
print([call(p) for p in ps])
del ps[2].m
print(call(ps[2]))

# The class method is replaced after the site was cached.
P.m = lambda self: "new P.m"
print(call(ps[0]))

# A data descriptor added later wins over the instance dict, for reads and for writes.
P.x = property(lambda self: "prop x", lambda self, v: print("setter", v))
print(read(ps[0]))
store(ps[0], 42)
del P.x
print(read(ps[0]), ps[0].__dict__)
store(ps[0], 7)
print(read(ps[0]))

# Deleting the instance attribute, then reading through the cached site: class fallback.
P.x = "class x"
del ps[1].x
print(read(ps[1]))
del P.x
try:
    read(ps[1])
except AttributeError as e:
    print("AttributeError:", e)


# Hooks defined after the site was cached.
class H:
    pass


h = H()
store(h, 1)
print(read(h))
H.__getattribute__ = lambda self, name: "hooked " + name
print(read(h))
del H.__getattribute__
H.__setattr__ = lambda self, name, v: print("setattr", name, v)
store(h, 2)
print(read(h))
del H.__setattr__
H.__getattr__ = lambda self, name: "fallback " + name
del h.x
print(read(h))


# New classes made at the same place (possibly at a freed class's address).
def make(n):
    class C:
        def m(self):
            return n

    if n % 2:
        C.x = property(lambda self: "prop %d" % n)
    c = C()
    if not n % 2:
        c.x = "inst %d" % n
    return c


for n in range(8):
    c = make(n)
    print(read(c), call(c))
    del c


# Same attribute name on objects of different classes through one site.
class A:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot"


class B:
    def __init__(self):
        self.x = "dict"

    def m(self):
        return "B.m"


for o in [A(), B(), A(), B(), P("p")]:
    print(read(o))
a = A()
store(a, 1)
print(read(a))

# Modules through LOAD_ATTR and LOAD_METHOD.
import math

for _ in range(3):
    print(math.pi, math.floor(2.5))
math.floor = lambda v: "patched"
print(math.floor(2.5))

# Methods of builtin types, and a subclass that overrides one.
class L(list):
    def append(self, v):
        list.append(self, v * 2)


for seq in [[], L(), []]:
    seq.append(3)
    print(seq)
