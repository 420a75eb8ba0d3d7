class A:
    """doc"""
    def f(self): pass
a = A()
print(type(a) is A, a.__class__ is A, A.__class__ is type)
print(A.__doc__, A.__name__, A.__module__, A.f.__qualname__)
print("f" in A.__dict__, "f" in dir(a), isinstance(A.__dict__, dict))
print(type(A.__dict__).__name__)
a.__dict__["z"] = 1
print(a.z, vars(a))
class B: pass
b = B()
b.__class__ = A
print(type(b).__name__, isinstance(b, A))
print(object.__bases__, A.__bases__, type.__mro__)
