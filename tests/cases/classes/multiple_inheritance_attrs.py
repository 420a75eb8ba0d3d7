class A:
    x = "A"
    def hello(self):
        return "A.hello"
class B(A):
    pass
class C(A):
    x = "C"
    def hello(self):
        return "C.hello"
class D(B, C):
    pass
print(D.x, D().hello(), [k.__name__ for k in D.__mro__])
class Mixin:
    def describe(self):
        return f"I am {self.name}"
class Named:
    def __init__(self, name):
        self.name = name
class Thing(Mixin, Named):
    pass
print(Thing("widget").describe())
