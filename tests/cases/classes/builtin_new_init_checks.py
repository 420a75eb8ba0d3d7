"""Calling builtin types and their subclasses: `__new__` safety checks and `object.__init__`'s
argument checks, on the fast and the generic paths of a type call."""

print(range(3), set((1, 2)), frozenset("ab") == frozenset("ba"), list(range(2)), tuple("xy"))


class R(set):
    pass


class N(set):
    def __new__(cls, *args):
        print("N.__new__", args)
        return super().__new__(cls)


print(R([1]), N([2]), type(N()).__name__)
for call in (
    lambda: object(1),
    lambda: set.__new__(int),
    lambda: set.__new__(R, 1) is not None,
    lambda: int.__new__(R),
    lambda: object.__new__(set),
    lambda: range.__new__(range, 4),
    lambda: frozenset.__new__(frozenset, [1]),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)


class Plain:
    pass


class WithNew:
    def __new__(cls, *args):
        return object.__new__(cls)


class WithInit:
    __init__ = object.__init__


for cls in (Plain, WithNew, WithInit):
    for args in ((), (1,)):
        try:
            print(cls.__name__, type(cls(*args)).__name__)
        except TypeError as e:
            print(cls.__name__, "TypeError", e)
