class C(A, B, metaclass=M, flag=True):
    "Doc."
    y: int = 2
class D(*bases, **kw):
    pass
