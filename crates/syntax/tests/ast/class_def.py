class A: pass
class B(A): pass
class C(A, B, metaclass=M, **kw):
    x = 1
    def m(self):
        return self.x
class D(): pass
class E(*bases): pass
