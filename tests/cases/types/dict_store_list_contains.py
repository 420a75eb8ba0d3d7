# d[k] = v and `x in list` decide natively comparable keys and items under one borrow; keys
# and items with their own __eq__/__hash__, mutation during __eq__, and __del__ of a replaced
# value keep CPython's behaviour.
import sys


class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        print("hash", self.name)
        return self.h

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.name == other.name


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class Mutating:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        print("mutating eq, len", len(self.target))
        self.target.clear()
        return False


class S(str):
    def __eq__(self, other):
        print("S.__eq__", str(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def run():
    d = {}
    d["a"] = 1
    d["a"] = 2
    d[1] = "one"
    d[1.0] = "float one"
    d[True] = "true"
    d[(1, "x")] = "tuple"
    d[(1, "x")] = "tuple again"
    print(d)
    d[Key("k", 5)] = 1
    d[Key("k", 5)] = 2
    d[Key("j", 5)] = 3
    print(len(d), [v for k, v in d.items() if isinstance(k, Key)])
    d["s"] = Noisy(1)
    print("replacing")
    d["s"] = Noisy(2)
    print("replaced")
    d[S("a")] = 3
    print(d["a"], type(list(d)[0]).__name__)
    try:
        d[[1]] = 2
    except TypeError as e:
        print("TypeError", e)
    key = "made" + str(len(d))
    before = sys.getrefcount(key)
    d[key] = 1
    d[key] = 2
    print(sys.getrefcount(key) - before)
    for i in range(20):
        d["n%d" % i] = i
    print(len(d), d["n19"])

    a = [1, "b", 2.5, None, (1, 2), "é"]
    print(1 in a, 1.0 in a, True in a, "b" in a, "c" in a, 2.5 in a, None in a, (1, 2) in a,
          "é" in a, [1] in a, 3 in a)
    nan = float("nan")
    print(nan in [nan], float("nan") in [nan], nan in (nan,))
    print(Key("k", 1) in [1, "x", Key("k", 2)], S("b") in a)
    b = [1, 2, 3]
    b.insert(1, Mutating(b))
    print(5 in b, b)
    t = (1, "b", Key("q", 0))
    print(Key("q", 1) in t, "b" in t, 7 in t)
    print([] in [[]], [1, [2]] in [0, [1, [2]]])


run()
del run
print("end")
