"""Dict lookups that the table decides natively (identical and equal str/int keys) and those
that need a key's own __eq__ (colliding hashes, str subclasses), in probe order."""


class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, "vs", getattr(other, "name", other))
        return isinstance(other, Key) and self.h == other.h and self.name[0] == other.name[0]


d = {}
d[Key("a1", 1)] = "first"
d["x"] = "str"
d[1] = "int"
print(d.get(Key("a2", 1)), d.get(Key("b", 1)), d.get("x"), d.get(1), d.get(1.0))


class Str(str):
    def __eq__(self, other):
        print("Str.eq", str.__str__(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


e = {"k": 1, Str("m"): 2}
print(e["k"], e.get(Str("k")), e.get("m"), "m" in e, Str("m") in e)
f = {}
for w in "the cat the dog the end".split():
    f[w] = f.get(w, 0) + 1
print(f, len(f))
del f["the"]
f["the"] = 9
print(list(f.items()), f.get("the"), "cat" in f, "zebra" in f)


class Boom:
    def __hash__(self):
        return hash("x")

    def __eq__(self, other):
        raise ValueError("no eq")


try:
    d[Boom()]
except ValueError as err:
    print("ValueError", err)
