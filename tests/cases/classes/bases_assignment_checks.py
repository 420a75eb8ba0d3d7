# Assigning __bases__: CPython's checks and messages, MROs of subclasses, __subclasses__ of old and new bases.
class A:
    k = "A.k"
    def m(self): return "A.m"
class Other:
    k = "Other.k"
    def m(self): return "Other.m"
class B(A): pass
class C(B): pass
def show(*cs):
    print([[x.__name__ for x in c.__mro__] for c in cs])
B.__bases__ = (Other,)
show(B, C)
print(C.k, C().m(), A.__subclasses__(), Other.__subclasses__())
class Root: pass
def tryit(cls, bases):
    try:
        cls.__bases__ = bases
        print("ok", [x.__name__ for x in cls.__mro__])
    except Exception as e:
        print(type(e).__name__, e)
tryit(Root, (A,))
tryit(B, [A])
tryit(B, ())
tryit(B, (1,))
tryit(B, (C,))
tryit(B, (B,))
tryit(int, (object,))
class I(int): pass
class L(list): pass
tryit(I, (L,))
tryit(L, (I,))
tryit(I, (int,))
class S: __slots__ = ('a',)
class S2: __slots__ = ('a',)
class S3: __slots__ = ('b',)
class T(S): pass
tryit(T, (S2,))
tryit(T, (S3,))
tryit(B, (A, Other))
tryit(B, (A, A))
class X(A, Other): pass
tryit(B, (Other, A))
show(B)
class Y(Other, A): pass
tryit(B, (X, Y))
show(B)
try:
    del B.__bases__
except Exception as e:
    print(type(e).__name__, e)
class Meta(type):
    def mro(cls):
        return type.mro(cls)
class M(metaclass=Meta): pass
class N(M): pass
tryit(N, (A,))
import abc
class AB(abc.ABC): pass
class Q: pass
class R(Q): pass
tryit(R, (Other,))
print(isinstance(R(), Other), issubclass(R, Q), issubclass(R, Other))
o = B()
print(o.k)
B.__bases__ = (A,)
print(o.k, o.m(), B.k)
