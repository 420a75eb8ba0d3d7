# `__mro__` of a class is read-only, and deleting it is refused too; the class keeps working.


class A:
    def m(self):
        return "A.m"


class B(A):
    pass


for value in ((), (B, object)):
    try:
        B.__mro__ = value
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del B.__mro__
except AttributeError as e:
    print("AttributeError:", e)
print([c.__name__ for c in B.__mro__], B().m())
