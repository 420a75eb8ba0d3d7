class A:
    def hi(self):
        return "A"
class B(A):
    def hi(self):
        return "B" + super().hi() + super(B, self).hi()
print(B().hi(), type(super(B, B())).__name__)
p = property(lambda self: 5)
class C:
    x = p
print(C().x, C.x is p, isinstance(p, property))
sm = staticmethod(lambda: "static")
cm = classmethod(lambda cls: cls.__name__)
class D:
    s = sm
    c = cm
print(D.s(), D().c(), D.c())
