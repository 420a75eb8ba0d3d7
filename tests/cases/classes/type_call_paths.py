"""Calling types: builtin types (their own __new__, object.__init__ skipped), subclasses of
builtins with and without __init__, __new__ returning other objects, and argument errors."""


def attempt(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: range(3))
attempt(lambda: list(range(3)))
attempt(lambda: int("7", base=8))
attempt(lambda: type(object()).__name__)
attempt(lambda: object(1))
attempt(lambda: range())
attempt(lambda: dict(a=1))


class Plain:
    pass


attempt(lambda: type(Plain()).__name__)
attempt(lambda: Plain(1))
attempt(lambda: Plain(a=1))


class OnlyNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)


attempt(lambda: type(OnlyNew(1, 2)).__name__)


class OnlyInit:
    def __init__(self, *args, **kw):
        print("init", args, kw)


attempt(lambda: type(OnlyInit(1, k=2)).__name__)


class MyList(list):
    def __init__(self, n):
        super().__init__(range(n))


attempt(lambda: MyList(3))


class MyInt(int):
    pass


attempt(lambda: MyInt("12"))
attempt(lambda: MyInt(3, 4, 5))


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


attempt(lambda: Other())


class Sub(Other):
    pass


attempt(lambda: Sub())


class Back:
    def __new__(cls, v):
        obj = object.__new__(Child if v else cls)
        return obj

    def __init__(self, v):
        print("Back init", type(self).__name__, v)


class Child(Back):
    def __init__(self, v):
        print("Child init", v)


attempt(lambda: type(Back(0)).__name__)
attempt(lambda: type(Back(1)).__name__)


attempt(lambda: int.__new__(Plain))
