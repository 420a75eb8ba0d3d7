"""A method that assigns its object's __class__ and collects while the interpreter is
still using the old class (attribute lookup, repr, comparisons, calls, iteration)."""
import gc


class Safe:
    def __repr__(self):
        return "<Safe>"


class Meta(type):
    def __del__(cls):
        print("  freed", cls.__name__)


def swap(obj):
    obj.__class__ = Safe
    gc.collect()


class Getter:
    def __get__(self, obj, typ):
        swap(obj)
        return "descriptor value"


def make(name, **methods):
    return Meta(name, (), dict(methods))()


def check(label, fn):
    print(label)
    gc.collect()
    print("  result:", fn())
    gc.collect()


check("descriptor", lambda: make("T1", x=Getter()).x)
check("__getattribute__", lambda: make("T2", __getattribute__=lambda s, n: (swap(s), n)[1]).anything)
check("__getattr__", lambda: make("T3", __getattr__=lambda s, n: (swap(s), n)[1]).missing)
check("__repr__", lambda: repr(make("T4", __repr__=lambda s: (swap(s), "r")[1])))
check("__str__", lambda: str(make("T5", __str__=lambda s: (swap(s), "s")[1])))
check("__eq__", lambda: make("T6", __eq__=lambda s, o: (swap(s), True)[1]) == 1)
check("__hash__", lambda: hash(make("T7", __hash__=lambda s: (swap(s), 7)[1])))
check("__len__", lambda: len(make("T8", __len__=lambda s: (swap(s), 3)[1])))
check("__call__", lambda: make("T9", __call__=lambda s: (swap(s), "called")[1])())
check("__iter__", lambda: list(make("T10", __iter__=lambda s: (swap(s), iter([1, 2]))[1])))
check("__add__", lambda: make("T11", __add__=lambda s, o: (swap(s), o + 1)[1]) + 1)
check("__format__", lambda: format(make("T12", __format__=lambda s, f: (swap(s), "f")[1]), "x"))
check("__bool__", lambda: bool(make("T13", __bool__=lambda s: (swap(s), False)[1])))
check("__getitem__", lambda: make("T14", __getitem__=lambda s, k: (swap(s), k)[1])[5])
check("__contains__", lambda: 1 in make("T15", __contains__=lambda s, k: (swap(s), True)[1]))
check("method", lambda: make("T17", m=lambda s: (swap(s), "m")[1]).m())


class Init:
    def __init__(self):
        swap(self)


check("__init__", lambda: type(Meta("T18", (Init,), {})()).__name__)
check("__lt__ in sort", lambda: len(sorted([2, make("T19", __lt__=lambda s, o: (swap(s), True)[1])])))
