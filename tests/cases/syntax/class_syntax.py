class Empty:
    pass
class WithDoc:
    "docstring here"
    x = 1
    def method(self):
        return self.x
print(Empty.__name__, WithDoc.__doc__, WithDoc().method())
class Base: pass
class Child(Base, metaclass=type):
    y = [i for i in range(3)]
print(Child.__bases__ == (Base,), Child.y)
def factory():
    class Local:
        def __repr__(self):
            return "Local()"
    return Local
print(factory()(), factory().__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
