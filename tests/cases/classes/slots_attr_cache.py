# __slots__ members read and stored through the attribute caches (a slot is kept as the
# instance's own attribute): unset slots, del, inheritance, __dict__ beside slots, the member
# descriptor replaced on the class later, wrong-type descriptors, many slots, __class__
# assignment, copy and pickle, __getattr__ fallbacks, and a site shared with other classes.
import copy
import pickle


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

    def get_x(self):
        return self.x

    def get_y(self):
        return self.y

    def set_y(self, v):
        self.y = v


def read_x(o):
    return o.x


def store_x(o, v):
    o.x = v


p = P(1)
for k in range(3):
    store_x(p, k)
    print(read_x(p), p.get_x())
try:
    p.get_y()
except AttributeError as e:
    print("AttributeError:", e, e.name, e.obj is p)
p.set_y(5)
print(p.get_y())
del p.y
try:
    p.get_y()
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError on del:", e)
p.set_y(6)
print(p.get_y(), hasattr(p, "y"), hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__, P.x, P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
P.x.__set__(p, 40)
print(read_x(p))
P.x.__delete__(p)
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)


class Q(P):
    __slots__ = ("z",)

    def __init__(self):
        super().__init__(10)
        self.z = 20


class R(P):
    def __init__(self):
        super().__init__(100)
        self.w = 200


q, r = Q(), R()
for o in (p, q, r, q, r, p):
    try:
        print(type(o).__name__, read_x(o))
    except AttributeError as e:
        print("AttributeError:", e)
store_x(p, 1)
print(q.z, r.w, "w" in r.__dict__, r.x)
try:
    P.x.__get__(object())
except TypeError as e:
    print("TypeError:", e)


class Other:
    x = "class x"


for o in (p, Other(), q, Other()):
    print(read_x(o))


class D:
    __slots__ = ("a", "__dict__")


d = D()
d.a = 1
d.b = 2
print(d.a, d.b, d.__dict__["b"])


class WithGetattr:
    __slots__ = ("v",)

    def __getattr__(self, name):
        return "fallback " + name


g = WithGetattr()
for _ in range(2):
    print(g.v)
    g.v = "set"
    print(g.v)
    del g.v


class Many:
    __slots__ = tuple("s%d" % i for i in range(40))

    def __init__(self):
        for i in range(40):
            setattr(self, "s%d" % i, i)

    def total(self):
        return self.s0 + self.s1 + self.s35 + self.s39


m = Many()
print(m.total(), m.total())
m.s39 = 1000
print(m.total())


class S1:
    __slots__ = ("x",)


class S2:
    __slots__ = ("x",)


s = S1()
s.x = "one"
s.__class__ = S2
print(type(s).__name__, s.x)
s.x = "two"
print(S2.x.__get__(s), s.x)


class Later:
    __slots__ = ("x",)


def read_later(o):
    return o.x


lt = Later()
lt.x = 1
print(read_later(lt), read_later(lt))
Later.x = property(lambda self: "property now")
print(read_later(lt))


class Pt:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __getstate__(self):
        return (self.x, self.y)

    def __setstate__(self, st):
        self.x, self.y = st


pt = Pt(3, 4)
c = copy.copy(pt)
print(c.x, c.y)
u = pickle.loads(pickle.dumps(pt))
print(u.x, u.y)


class A1:
    __slots__ = ("a",)


class B1:
    __slots__ = ("b",)


try:
    class C1(A1, B1):
        pass
except TypeError as e:
    print("TypeError:", e)


class SA:
    __slots__ = ("a",)


class SB(SA):
    pass


class SC(SA):
    __slots__ = ("c",)


class SD(SB, SC):
    pass


class Plain:
    pass


class SE(ValueError, TypeError):
    pass


class SF(Plain, SA):
    pass


class SG:
    __slots__ = ()


class SH(SA, SG):
    pass


print(SD.__mro__[1].__name__, SE.__name__, SF.__name__, SH.__name__)
for bases in ((SC, SB, SA, int), (int, SA), (SC, B1)):
    try:
        type("X", bases, {})
        print("made")
    except TypeError as e:
        print("TypeError:", e)

import weakref


class W:
    __slots__ = ("x", "y", "__weakref__")


w = W()
w.x = 1
cw = copy.copy(w)
print(cw.x, hasattr(cw, "y"), copy.deepcopy(w).x, pickle.loads(pickle.dumps(w)).x)
print(weakref.ref(w)() is w)
