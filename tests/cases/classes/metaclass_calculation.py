# type.__new__ picks the most derived metaclass of the bases (and its own __new__).
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", mcls.__name__, name, kw)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M): pass
B = type("B", (A,), {})
print(type(B).__name__)
class N(type): pass
class C(metaclass=N): pass
try:
    class D(A, C): pass
except TypeError as e:
    print(e)
E = type.__new__(type, "E", (A,), {})
print(type(E).__name__)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
class O: pass
print(type("Y", (O,), {}).__mro__)
