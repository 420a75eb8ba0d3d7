import sys

class Fin:
    def __init__(self, name):
        self.name = name
    def __call__(self, *args):
        return self.name
    def __del__(self):
        print("del", self.name)

class A:
    def m(self):
        return "A.m"
    hook = Fin("first hook")

class B(A):
    pass

class C(B):
    pass

b, c = B(), C()
print(b.m(), c.m(), B.hook(), C.hook())
print(sys.getrefcount(A.__dict__["m"]))
print(sys.getrefcount(A.__dict__["hook"]))
for _ in range(3):
    c.m(); b.m(); C.hook; B.hook
print(sys.getrefcount(A.__dict__["m"]))
print(sys.getrefcount(A.__dict__["hook"]))
print("replacing hook")
A.hook = Fin("second hook")
print("replaced", C.hook(), B.hook())
print("deleting hook")
del A.hook
print("deleted", hasattr(C, "hook"))
B.hook = Fin("on B")
print(c.hook.name, b.hook.name)
C.hook = Fin("on C")
print(c.hook(), b.hook())
print("deleting B.hook")
del B.hook
print(hasattr(b, "hook"), c.hook())
def new_m(self):
    return "new m"
A.m = new_m
print(b.m(), c.m(), sys.getrefcount(new_m))
print("end")
