"""Iteration over non-ASCII str: forward, reversed, __reduce__, __setstate__, __length_hint__."""

s = "a\u00e9\u20ac\U0001f600b\u00ff\u4e2d\U00010348"
print(list(s))
print(list(reversed(s)))
print("".join(s) == s, "".join(reversed(s)) == s[::-1])
print(set("\u00e9\u00e9\u20ac") == {"\u00e9", "\u20ac"})
print(type(iter(s)).__name__, type(iter("abc")).__name__, type(reversed(s)).__name__)

it = iter(s)
print(it.__length_hint__())
print(next(it), next(it), next(it))
print(it.__length_hint__())
r = it.__reduce__()
print(r[0] is iter, r[1] == (s,), r[2])
print(list(it))
print(it.__length_hint__(), it.__reduce__())

it = iter(s)
it.__setstate__(3)
print(next(it), it.__length_hint__())
it.__setstate__(-5)
print(next(it))
it.__setstate__(100)
print(list(it), it.__length_hint__())
it = iter(s)
next(it)
it.__setstate__(7)
print(list(it))

f, args, state = iter(s).__reduce__()
it2 = f(*args)
it2.__setstate__(5)
print(list(it2))

rv = reversed(s)
print(rv.__length_hint__(), next(rv), next(rv))
print(rv.__length_hint__(), rv.__reduce__()[2])
rv.__setstate__(2)
print(list(rv))
rv = reversed(s)
rv.__setstate__(100)
print(next(rv), rv.__length_hint__())
rv.__setstate__(-3)
print(list(rv), rv.__length_hint__())
print(reversed(s).__reduce__()[0] is reversed)

n = 0
for c in "\u00e9" * 1000:
    n += len(c)
print(n)
print([c for c in "x\u00e9y\U0001f600z"])
print(list(enumerate("\u00e9\u20ac")))
print(list(zip("\u00e9\u20ac\U0001f600", "abc")))


class S(str):
    def __getitem__(self, i):
        return "x"


print(list(S("\u00e9\u20ac")), list(reversed(S("\u00e9\u20ac"))))
print(list(iter(S("\u00e9b"))))
print(list(""), list(reversed("")), list(iter("\u00e9")))


class T(str):
    pass


rt = reversed(T("\u00e9\u20acz"))
print(next(rt), rt.__length_hint__(), list(rt))
