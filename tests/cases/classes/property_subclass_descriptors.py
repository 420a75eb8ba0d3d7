"""Subclasses of property that override __get__, __set__ or __delete__ are honoured."""


class P(property):
    def __set__(self, obj, value):
        print("custom set", value)
        super().__set__(obj, value * 10)

    def __delete__(self, obj):
        print("custom delete")
        super().__delete__(obj)


class D:
    def __init__(self):
        self._x = 0

    def _get(self):
        return self._x

    def _set(self, v):
        print("setter", v)
        self._x = v

    def _del(self):
        print("deleter")
        self._x = None

    x = P(_get, _set, _del)


d = D()
d.x = 3
print(d.x)
for _ in range(3):
    d.x = 1
print(d.x)
del d.x
print(d.x)
setattr(d, "x", 4)
print(getattr(d, "x"))
delattr(d, "x")


class OnlySet(property):
    def __set__(self, obj, value):
        print("only-set", value)


class E:
    y = OnlySet(lambda self: "got y")


e = E()
e.y = 5
print(e.y)
try:
    del e.y
except AttributeError as exc:
    print("AttributeError:", exc)


class G(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return super().__get__(obj, owner)
        return "custom get " + super().__get__(obj, owner)


class H:
    z = G(lambda self: "z")


print(type(H.z).__name__, H.__dict__["z"].__get__(None, H) is H.__dict__["z"])
h = H()
for _ in range(3):
    print(h.z)
try:
    h.z = 1
except AttributeError as exc:
    print("AttributeError:", exc)


class Plain:
    p = property(lambda self: "plain", lambda self, v: print("plain set", v))


pl = Plain()
for _ in range(3):
    pl.p = 2
print(pl.p)
try:
    del pl.p
except AttributeError as exc:
    print("AttributeError:", exc)


class Meta(type):
    cls_attr = P(lambda cls: "meta get", lambda cls, v: print("meta setter", v))


class WithMeta(metaclass=Meta):
    pass


WithMeta.cls_attr = 7
print(WithMeta.cls_attr)
