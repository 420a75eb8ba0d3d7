# `LOAD_ATTR` sites that find a class attribute (not the instance's own) remember it: constants,
# bound methods, classmethods, properties, `__slots__` members and user descriptors, each with
# the instance shadowing it later, the class changing, and the descriptor's type changing.


class Base:
    K = 7
    BIG = 2**100
    NAME = "base"
    NEG = -5

    def m(self):
        return "m of " + type(self).__name__

    @classmethod
    def cm(cls):
        return "cm of " + cls.__name__

    @staticmethod
    def sm():
        return "sm"

    @property
    def p(self):
        return "p of " + type(self).__name__


class Sub(Base):
    pass


def read(o, which):
    if which == "K":
        return o.K
    if which == "BIG":
        return o.BIG
    if which == "NAME":
        return o.NAME
    if which == "NEG":
        return o.NEG
    if which == "m":
        return o.m()
    if which == "bound":
        b = o.m
        return b.__name__, b.__self__ is o
    if which == "cm":
        return o.cm()
    if which == "sm":
        return o.sm()
    return o.p


o, s = Base(), Sub()
for which in ["K", "BIG", "NAME", "NEG", "m", "bound", "cm", "sm", "p"]:
    print(which, [read(x, which) for x in (o, s, o, s, o)])

# The instance shadows the class constant, then deletes it again.
print([o.K for _ in range(3)])
o.K = "own K"
print([o.K for _ in range(3)], s.K)
del o.K
print([o.K for _ in range(3)])
# Its dict made real, then shadowing through the dict.
o.__dict__["NAME"] = "dict NAME"
print(o.NAME, s.NAME)
del o.__dict__["NAME"]
print(o.NAME)

# The class constant changes, in the class and in a base.
def k(x):
    return x.K

print(k(s), k(s))
Sub.K = 8
print(k(s), k(o))
del Sub.K
Base.K = 9
print(k(s), k(o))

# A bound method read then shadowed by an instance attribute, and the method replaced.
def bound(x):
    return x.m

f1 = bound(o)
o.m = lambda: "instance m"
print(f1(), bound(o)())
del o.m
Base.m = lambda self: "new m"
print(bound(o)(), f1())

# A property replaced by a plain value, then by a property raising AttributeError.
def prop(x):
    return x.p

print(prop(o), prop(o))
Base.p = "plain p"
print(prop(o))
o.p = "own p"
print(prop(o))
def failing(self):
    raise AttributeError("from property")
Base.p = property(failing)
try:
    prop(o)
except AttributeError as e:
    print("AttributeError:", e)
del Base.p
print(prop(o))

# `__slots__` members.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1

def slot_a(x):
    return x.a

def slot_b(x):
    return x.b

t = Slotted()
print(slot_a(t), slot_a(t))
t.a = "two"
print(slot_a(t))
for _ in range(2):
    try:
        slot_b(t)
    except AttributeError as e:
        print("AttributeError:", e)
t.b = "b"
print(slot_b(t))

# A user descriptor that becomes a data descriptor later, and one that stops being one.
class D:
    def __get__(self, obj, owner):
        return "D.__get__"

class UsesD:
    d = D()

def read_d(x):
    return x.d

u = UsesD()
print(read_d(u), read_d(u))
u.__dict__["d"] = "instance d"
print(read_d(u))
D.__set__ = lambda self, obj, v: None
print(read_d(u))
del D.__set__
print(read_d(u))
del D.__get__
print(type(read_d(UsesD())).__name__)

# Many classes at one site (more than the cache keeps), each with its own constant.
classes = [type("C%d" % i, (), {"K": i}) for i in range(7)]
print([k(c()) for c in classes] * 2)

# A constant whose class gains `__get__` later (it then binds), ints beyond 32 bits.
class E:
    pass

class UsesE:
    e = E()
    WIDE = 2**40
    NEGWIDE = -(2**40)

def read_e(x):
    return type(x.e).__name__, x.WIDE, x.NEGWIDE

ue = UsesE()
print(read_e(ue), read_e(ue))
E.__get__ = lambda self, obj, owner: "E bound"
print(read_e(ue))
