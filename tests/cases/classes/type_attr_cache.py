# `LOAD_ATTR` and `LOAD_METHOD` sites reading an attribute through a class object (`C.k`,
# `C.m(o)`) remember it per class: each guard (the class, the type version, the metatype)
# and what happens when it fails (class attribute assigned or deleted, the metatype gaining
# the name or a `__getattribute__`, another class at the site, descriptors that bind
# through the class).
import sys


class Base:
    K = 7
    BIG = 2**100
    NAME = "base"
    HUGE = 2**40

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
        return 1


class Sub(Base):
    pass


def read_k(c):
    return c.K


def read_all(c):
    return c.K, c.BIG, c.NAME, c.HUGE, c.m.__name__, type(c.p).__name__


def call_m(c, o):
    return c.m(o)


def call_cm(c):
    return c.cm()


def call_sm(c):
    return c.sm()


o = Sub()
for _ in range(3):
    print(read_k(Base), read_k(Sub), read_all(Base), read_all(Sub))
    print(call_m(Base, o), call_m(Sub, o), call_cm(Base), call_cm(Sub), call_sm(Sub))

# A class attribute assigned, shadowed in a subclass, deleted again.
Base.K = 8
print(read_k(Base), read_k(Sub))
Sub.K = 9
print(read_k(Base), read_k(Sub))
del Sub.K
print(read_k(Base), read_k(Sub))
del Base.K
for c in (Base, Sub):
    try:
        read_k(c)
    except AttributeError as e:
        print("AttributeError:", e, e.name, e.obj is c)
Base.K = 10
print(read_k(Base), read_k(Sub))

# The method replaced: the site sees the new one, the old one is freed at once.
class Gone:
    def __del__(self):
        print("old method released")


def new_m(self):
    return "new m"


new_m.tag = Gone()
Base.m = new_m
print(call_m(Base, o), call_m(Sub, o))
Base.m = lambda self: "lambda m"
print(call_m(Base, o), call_m(Sub, o))

# Metatypes: one without the name (cached), one that has it (metatype attribute when the
# class has none, the class's own attribute first otherwise), one gaining it later, one with
# `__getattribute__` and one with `__getattr__`.
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    K = "with meta"


print(read_k(WithMeta), read_k(WithMeta))
Meta.K = "meta K"
print(read_k(WithMeta))
del WithMeta.K
print(read_k(WithMeta))


class DataMeta(type):
    @property
    def K(cls):
        return "data descriptor of the metatype"


class WithData(metaclass=DataMeta):
    K = "shadowed"


print(read_k(WithData), read_k(WithData))


class GetattributeMeta(type):
    def __getattribute__(cls, name):
        if name == "K":
            return "from __getattribute__"
        return super().__getattribute__(name)


class WithGetattribute(metaclass=GetattributeMeta):
    K = "never seen"


print(read_k(WithGetattribute), read_k(WithGetattribute))


class LateMeta(type):
    pass


class Late(metaclass=LateMeta):
    K = "plain"


print(read_k(Late), read_k(Late))
LateMeta.__getattribute__ = lambda cls, name: "late " + name
print(read_k(Late))
del LateMeta.__getattribute__
print(read_k(Late))


class GetattrMeta(type):
    def __getattr__(cls, name):
        return "__getattr__ " + name


class WithGetattr(metaclass=GetattrMeta):
    pass


print(read_k(WithGetattr))
WithGetattr.K = "now set"
print(read_k(WithGetattr))
del WithGetattr.K
print(read_k(WithGetattr))


# A descriptor with `__get__` is called for class reads every time; so is a classmethod.
class Desc:
    calls = 0

    def __get__(self, obj, owner):
        Desc.calls += 1
        return ("desc", obj, owner.__name__, Desc.calls)


class HasDesc:
    K = Desc()


print(read_k(HasDesc), read_k(HasDesc))
print(call_cm(Base) == call_cm(Base), call_cm(Sub))

# Builtin types and their method descriptors through the same sites.
print(read_k.__name__, call_m.__name__)


class IntK:
    K = int.from_bytes


print(read_k(IntK)(b"\x01\x00", "little"))
print(sys.getrefcount(Base.NAME) == sys.getrefcount(Base.NAME))

# Many classes at one site (more than the site remembers).
classes = [type("T%d" % i, (), {"K": i}) for i in range(7)]
for _ in range(2):
    print([read_k(c) for c in classes])


# A class freed and another made: the site does not mistake one for the other.
def make(k):
    class Fresh:
        K = k

    return Fresh


for k in range(4):
    print(read_k(make(k)))

# Errors keep their messages and attributes.
try:
    Base.missing
except AttributeError as e:
    print(e, e.name, e.obj is Base)
try:
    print(call_m(Base, None))
except Exception as e:
    print(type(e).__name__)
