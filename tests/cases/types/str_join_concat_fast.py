# str.join reads an exact list or tuple in place and str + str assembles short texts on the
# stack; list subclasses iterate with their own __iter__, errors name the item's index, and
# adding the empty string gives the other operand itself.


class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter(["from", "iter"])


class S(str):
    pass


def attempt(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)


words = ["ka", "lo", "mi"]
print(" ".join(words), "".join(words), ", ".join(words), "é".join(words))
print("-".join(("a", "b")), "-".join([]), "-".join(()), "-".join(x for x in "xyz"))
print("+".join(L(["a", "b"])), "+".join({"k": 1, "j": 2}))
one = "solo" * 2
print("-".join([one]) is one, "-".join([S("sub")]), type("-".join([S("sub")])).__name__)
print(type("-".join([S("a"), "b"])).__name__, type(S("-").join(["a", "b"])).__name__)
long_parts = ["word%d" % i for i in range(40)]
joined = " ".join(long_parts)
print(len(joined), joined[:30], joined[-20:])
print(len("ñ".join(["é" * 50, "ü" * 50, "a" * 50])))
attempt(lambda: " ".join(["a", 1, "b"]))
attempt(lambda: " ".join(("a", "b", None)))
attempt(lambda: " ".join([b"x"]))
attempt(lambda: " ".join(5))
attempt(lambda: " ".join())
attempt(lambda: " ".join(["a"], ["b"]))
attempt(lambda: str.join(1, ["a"]))

a = "hello" * 2
e = ""
print(a + e is a, e + a is a, (a + "x") is a, a + "é" + "ü", len(a * 20 + a * 20))
print(repr(e + e), type(S("q") + "").__name__, type("" + S("q")).__name__)
attempt(lambda: a + 1)
attempt(lambda: a + b"x")
