# `super().m(...)` runs without making a `super` object when `m` is a plain method after
# `__class__` in the MRO; every other case takes the `super` object's path: a name found
# nowhere, an attribute that is not a plain method, a classmethod's `super()`, a `super`
# shadowed by another callable, two classes sharing one method's code, `self` deleted, no
# arguments, and the class changing between calls.
import sys


class Base:
    def m(self, x):
        return ("Base.m", type(self).__name__, x)

    def __init__(self):
        self.ready = True

    @property
    def p(self):
        return "Base.p"

    @classmethod
    def cm(cls):
        return ("Base.cm", cls.__name__)

    @staticmethod
    def sm(x):
        return ("Base.sm", x)

    k = "Base.k"


class Sub(Base):
    def m(self, x):
        return ("Sub.m", super().m(x + 1))

    def __init__(self):
        super().__init__()
        self.sub = True

    def missing(self):
        return super().nowhere()

    def attrs(self):
        return super().p, super().k, super().cm(), super().sm(3)

    @classmethod
    def cm(cls):
        return ("Sub.cm", super().cm())

    def deleted(self):
        del self
        return super().m(0)


s = Sub()
for _ in range(3):
    print(s.m(1), s.sub, s.ready, s.attrs(), Sub.cm())
try:
    s.missing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.deleted()
except RuntimeError as e:
    print("RuntimeError:", e)


def no_args():
    return super().m(0)


try:
    no_args()
except RuntimeError as e:
    print("RuntimeError:", e)


# Several classes made from one class body: the methods share their code, each with its own
# `__class__`, so one call site meets different classes for the same `type(self)`.
def make(base, name):
    class Layer(base):
        def m(self, x):
            return (name, super().m(x))

    return Layer


L1 = make(Base, "L1")
L2 = make(L1, "L2")
L3 = make(L2, "L3")
print(L3().m(0))
print(L2().m(0))
print(L1().m(0))
layers = [Base]
for k in range(6):
    layers.append(make(layers[-1], "M%d" % k))
for _ in range(2):
    for cls in reversed(layers[1:]):
        print(cls().m(0))


# Multiple inheritance: the method after `__class__` in `type(self)`'s MRO, not in the base's.
class Left(Base):
    def m(self, x):
        return ("Left", super().m(x))


class Right(Base):
    def m(self, x):
        return ("Right", super().m(x))


class Both(Left, Right):
    def m(self, x):
        return ("Both", super().m(x))


print(Both().m(0))
print(Left().m(0))


# The class changing between calls: a method added, replaced and deleted in the base.
class Grand:
    def g(self):
        return "Grand.g"


class Parent(Grand):
    pass


class Child(Parent):
    def g(self):
        return ("Child", super().g())


c = Child()
print(c.g())
Parent.g = lambda self: "Parent.g"
print(c.g())
del Parent.g
print(c.g())
Grand.g = lambda self: "Grand.g again"
print(c.g())


# A builtin method found through super(): object.__init__, list.append, dict.__setitem__.
class MyList(list):
    def append(self, x):
        super().append(x * 2)


class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)


ml = MyList()
ml.append(2)
md = MyDict()
md["a"] = 1
print(ml, md)


# `super` shadowed: a module global named super is called instead of the builtin.
class Shadow(Base):
    def m(self, x):
        return super().m(x)


def fake_super():
    class Fake:
        def m(self, x):
            return ("fake", x)

    return Fake()


print(Shadow().m(5))
super = fake_super
print(Shadow().m(5))
del super
print(Shadow().m(5))

# References: the instance and the method are not kept by the call.
o = Sub()
before = sys.getrefcount(o)
for _ in range(5):
    o.m(0)
print(sys.getrefcount(o) - before)
