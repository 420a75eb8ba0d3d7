# Builtin calls the call instructions compute themselves: list.append (CALL_METHOD), len and
# isinstance (CALL_FUNCTION). Each guard failing: subclasses with overrides, a method replaced
# on a subclass after the site ran, list.append read as an attribute or called unbound, len and
# isinstance shadowed by a global or replaced in builtins after the site ran, odd __len__
# results, __instancecheck__, wrong argument counts and keywords, refcounts and __del__ order.
import builtins
import sys


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class L(list):
    pass


class LA(list):
    def append(self, x):
        print("LA.append", x)
        super().append(x * 10)


def appends(target, n):
    for i in range(n):
        target.append(i)
    return target


print(appends([], 3), appends(L(), 3), appends(LA(), 2))
L.append = lambda self, x: print("replaced", x)
print(appends(L(), 2))
del L.append
print(appends(L(), 2))
print(appends(bytearray(), 3))
l = []
f = l.append
f(1)
g = list.append
g(l, 2)
list.append(l, 3)
print(l, [].append(5), l.append(4))
show(lambda: l.append())
show(lambda: l.append(1, 2))
show(lambda: l.append(x=1))
show(lambda: list.append(set(), 1))
show(lambda: list.append())
x = object()
before = sys.getrefcount(x)
l = []
for i in range(5):
    l.append(x)
print(sys.getrefcount(x) - before)
del l
print(sys.getrefcount(x) - before)
l = []
l.append(D("a"))
l.append(D("b"))
print("appended")
del l
print("after del")


def lengths(items):
    return [len(x) for x in items]


class N(list):
    def __len__(self):
        return 42


class Bad:
    def __init__(self, r):
        self.r = r

    def __len__(self):
        return self.r


print(lengths([[1, 2], (1,), "héllo", {1: 2}, {1, 2, 3}, frozenset([1]), b"ab", range(7)]))
class S(set):
    def __len__(self):
        return 7


class F(frozenset):
    def __len__(self):
        return 8


print(lengths([N([1]), L([1, 2]), Bad(3), Bad(True), S([1]), F([1]), set(), frozenset()]))
show(lambda: lengths([Bad("3")]))
show(lambda: lengths([Bad(-1)]))
show(lambda: lengths([Bad(2**100)]))
show(lambda: lengths([Bad(3.0)]))
show(lambda: lengths([5]))
show(lambda: len())
show(lambda: len([], []))
show(lambda: len(obj=[]))


def instances(pairs):
    return [isinstance(o, c) for o, c in pairs]


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__)
        return False


class M(metaclass=Meta):
    pass


class A:
    pass


class B(A):
    pass


print(instances([(A(), A), (B(), A), (A(), B), (1, int), (True, int), (1, (str, int))]))
print(instances([(M(), M), (1, M), (B(), (B, M)), (A(), (M, A))]))
show(lambda: instances([(1, 2)]))
show(lambda: instances([(1, (int, 2))]))
show(lambda: isinstance(1))
show(lambda: isinstance(1, int, 2))
show(lambda: isinstance(1, cls=int))


def calls():
    return len([1, 2]), isinstance(1, int)


print(calls())
len = lambda x: "global len"
isinstance = lambda o, c: "global isinstance"
print(calls())
del len, isinstance
print(calls())
real_len, real_isinstance = builtins.len, builtins.isinstance
builtins.len = lambda x: "builtins len"
builtins.isinstance = lambda o, c: "builtins isinstance"
print(calls())
builtins.len, builtins.isinstance = real_len, real_isinstance
print(calls())
t = (D("t"),)
n = len(t)
del t
print("len", n)
