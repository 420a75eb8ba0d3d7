# Metaclasses and ABCs reach type's and object's defaults through super(): __prepare__,
# __instancecheck__, __subclasscheck__, __subclasshook__ and object's ordering comparisons.
import abc
import functools


class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return super().__instancecheck__(inst)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return super().__subclasscheck__(sub)

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        print("prepare", name, type(ns).__name__, ns, kw)
        return ns


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class A(Base, metaclass=Meta, flag=1):
    pass


class B(A):
    pass


print(isinstance(A(), A), isinstance(B(), A), isinstance(1, A), issubclass(int, A), issubclass(B, A))


class Proxy:
    @property
    def __class__(self):
        return B


print(isinstance(Proxy(), A), type.__instancecheck__(A, Proxy()), type.__subclasscheck__(A, B))
try:
    type.__subclasscheck__(A, 1)
except TypeError as e:
    print("TypeError", e)
print(type.__prepare__("x", (), k=1), type.__prepare__())


class Quacks(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in vars(k) for k in C.__mro__):
            return True
        return super().__subclasshook__(C)


class Duck:
    def quack(self):
        pass


print(issubclass(Duck, Quacks), issubclass(int, Quacks), object.__subclasshook__(), object.__subclasshook__(1, 2))


class Ordered:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if isinstance(other, Ordered):
            return self.v < other.v
        return super().__lt__(other)

    def __ge__(self, other):
        return super().__ge__(other)


print(Ordered(1) < Ordered(2), Ordered(1).__lt__(3), Ordered(1).__ge__(0), object().__le__(1), object.__gt__(1, 2))
try:
    Ordered(1) < 3
except TypeError as e:
    print("TypeError", e)
try:
    object.__lt__(1)
except TypeError as e:
    print("TypeError", e)


@functools.total_ordering
class T:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(T(1) <= T(2), T(3) > T(2), T(2) >= T(2))


class Plain:
    pass


class PlainProxy:
    @property
    def __class__(self):
        return Plain


pp = PlainProxy()
print(isinstance(pp, Plain), isinstance(pp, (int, Plain)), isinstance(pp, PlainProxy), isinstance(pp, int))
print([c.__name__ for c in abc.ABC.__subclasses__() if c.__module__ == "__main__"], Quacks.__subclasses__())
