def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age
print(User("ann", 3))
print(repr([User("b", 1)]))
setattr(User, "greet", lambda self: "hi " + self.name)
print(User("c", 2).greet())
delattr(User, "greet")
print(hasattr(User("d", 0), "greet"))
