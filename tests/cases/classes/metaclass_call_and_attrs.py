class Counted(type):
    count = 0
    def __call__(cls, *args, **kwargs):
        Counted.count += 1
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f"class {cls.__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class A(metaclass=Counted):
    pass
A(); A()
print(Counted.count, A.describe(), A.upper_name)
print(hasattr(A(), "describe"), type(A).__name__)
class Auto(type):
    def __new__(mcs, name, bases, ns):
        for key, value in list(ns.items()):
            if key.startswith("get_"):
                ns[key[4:]] = property(value)
        return super().__new__(mcs, name, bases, ns)
class Person(metaclass=Auto):
    def __init__(self, n):
        self._n = n
    def get_name(self):
        return self._n.title()
print(Person("ada lovelace").name)
