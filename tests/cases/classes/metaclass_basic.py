class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = "Meta"
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class A(metaclass=Meta, flag=True):
    x = 1
    def m(self): pass
class B(A):
    pass
print(A.created_by, B.created_by, type(A).__name__, type(B) is Meta)
class WithInit(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(WithInit(7).v)
print(type(type), type(int), isinstance(A, type))
