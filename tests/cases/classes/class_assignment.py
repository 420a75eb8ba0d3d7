class A: pass
class B(int): pass
class C: __slots__=('x',)
class D: __slots__=('x',)
class E: __slots__=('y',)
import types
a=A()
for t in (B, C, int, 5):
    try: a.__class__ = t
    except TypeError as e: print(e)
c=C(); c.__class__ = D; print(type(c).__name__)
try: c.__class__ = E
except TypeError as e: print(e)
try: del a.__class__
except TypeError as e: print(e)
try: (5).__class__ = bool
except TypeError as e: print(e)
class M(types.ModuleType):
    def hello(self): return "hi " + self.__name__
m = types.ModuleType('m'); m.__class__ = M; print(type(m), m.hello())
class P:
    def who(self): return "P"
class Q:
    def who(self): return "Q"
p = P(); p.x = 1
p.__class__ = Q; print(p.who(), p.x, isinstance(p, Q), isinstance(p, P), type(p) is Q)
p.__class__ = P; print(p.who())
class R(P): pass
p.__class__ = R; print(p.who(), type(p).__name__)
class L(list): pass
class L2(list): pass
l = L([1]); l.__class__ = L2; print(type(l).__name__, l)
try: l.__class__ = A
except TypeError as e: print(e)
class Meta(type): pass
class K: pass
try: K.__class__ = Meta
except TypeError as e: print(e)
print(type(K))
class WithProp:
    @property
    def __class__(self):
        return int
w = WithProp()
print(w.__class__, type(w).__name__)
try:
    w.__class__ = A
except AttributeError as e:
    print("AttributeError:", e)
import sys
class LoudModule(types.ModuleType):
    def __setattr__(self, name, value):
        print("setting", name)
        super().__setattr__(name, value)
mod = types.ModuleType("fake")
sys.modules["fake"] = mod
mod.__class__ = LoudModule
mod.answer = 42
print(sys.modules["fake"].answer, type(mod).__name__)
