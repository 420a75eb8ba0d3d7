class P:
    __slots__ = ("x", "__y", "__dict__")
    def __init__(self):
        self.__y = 2
print(sorted(k for k in P.__dict__ if not k.startswith("__")), P()._P__y)
class Q:
    __slots__ = "a"
q = Q()
print(Q.__slots__, hasattr(q, "a"))
try:
    del q.a
except AttributeError as e:
    print("AttributeError:", e)
q.a = 5
print(q.a, Q.a, type(Q.a).__qualname__, Q.a.__get__(q, Q), Q.a.__get__(None, Q) is Q.a)
Q.a.__set__(q, 6)
print(q.a)
Q.a.__delete__(q)
print(hasattr(q, "a"))
try:
    Q.a.__get__(3)
except TypeError as e:
    print("TypeError:", e)
for body in ["__slots__ = ('a',)\n    a = 1", "__slots__ = (1,)", "__slots__ = ('1a',)",
             "__slots__ = ('__dict__', '__dict__')"]:
    try:
        exec("class R:\n    " + body)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    class R4(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
class S:
    __slots__ = ()
try:
    S().__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(S())
except TypeError as e:
    print("TypeError:", e)
try:
    S().z = 1
except AttributeError as e:
    print("AttributeError:", e)
class T(tuple):
    __slots__ = ()
try:
    T().z = 1
except AttributeError as e:
    print("AttributeError:", e)
class W:
    __slots__ = ("v", "__weakref__")
import weakref
w = W()
r = weakref.ref(w)
print(r() is w, hasattr(w, "__dict__"))
class Child(Q):
    __slots__ = ("b",)
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"), Child.__slots__)
class E(Exception):
    __slots__ = ("code",)
e = E("m")
e.code = 3
e.other = 4
print(e.code, e.other, e.args)
import types
print(types.MemberDescriptorType, isinstance(Q.a, types.MemberDescriptorType))
class Dyn:
    __slots__ = ["p", "q"]
d = Dyn()
d.p = 1
print(d.p, sorted(n for n in dir(d) if not n.startswith("__")))
import copy
class C2:
    __slots__ = ("m", "n")
    def __init__(self):
        self.m = 1
c2 = copy.copy(C2())
print(c2.m, hasattr(c2, "n"))
c3 = copy.deepcopy(Child())
c3.b = [1]
c4 = copy.deepcopy(c3)
print(c4.b, c4.b is c3.b, hasattr(c4, "a"))
