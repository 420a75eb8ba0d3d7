"""A str subclass with its own __hash__ (and __eq__) used as a dict key: CPython calls them."""

calls = []


class Folded(str):
    def __hash__(self):
        calls.append(("hash", str(self)))
        return hash(self.lower())

    def __eq__(self, other):
        calls.append(("eq", str(self), str(other)))
        return self.lower() == str(other).lower()


d = {}
d[Folded("Key")] = 1
print(Folded("KEY") in d, d[Folded("kEy")])
d[Folded("key")] = 2
print(len(d), list(d.values()))
print(d.get(Folded("KeY")), d.pop(Folded("KEY")), d)
print(calls)


class Const(str):
    def __hash__(self):
        return 7


class Plain(str):
    pass


e = {Const("a"): "const", "b": "str", Plain("c"): "plain"}
print(e[Const("a")], e["b"], e["c"], e[Plain("b")])
print(Const("zzz") in e, "a" in e, hash(Const("x")))
e2 = dict.fromkeys([Const("x"), Const("x")])
print(e2, {Const("x"): 1} == {Const("x"): 1})


class Unhashable(str):
    __hash__ = None


try:
    {Unhashable("u"): 1}
except TypeError as exc:
    print("TypeError:", exc)


class BadHash(str):
    def __hash__(self):
        return "nope"


try:
    {}.get(BadHash("b"))
except TypeError as exc:
    print("TypeError:", exc)
