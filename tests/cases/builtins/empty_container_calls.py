"""tuple(), list(), set() and dict() with no argument, of the exact types and of subclasses
whose __new__/__init__ are overridden, and their keyword errors."""

print(tuple(), list(), set(), dict(), tuple() is tuple(), type(set()), type(dict()))
a, b = list(), list()
a.append(1)
print(a, b, a is b, set() is set(), dict() is dict())


class L(list):
    def __init__(self, *args):
        print("L.__init__", args)
        super().__init__(*args)
        self.append("init")


class T(tuple):
    def __new__(cls):
        print("T.__new__")
        return super().__new__(cls, (1, 2))


class S(set):
    pass


class D(dict):
    def __init__(self):
        super().__init__(x=1)


print(L(), T(), S(), type(S()).__name__, D())

for ctor in (tuple, list, set, dict, frozenset):
    try:
        print(ctor(bogus=1))
    except TypeError as exc:
        print(ctor.__name__, "TypeError:", exc)

print(dict(a=1), frozenset())
for ctor in (tuple, list, set, dict):
    try:
        ctor(1, 2)
    except TypeError as exc:
        print(ctor.__name__, "TypeError:", exc)

names = {"list": list, "set": set}
print([names[n]() for n in ("list", "set")], [f() for f in (tuple, dict)])
