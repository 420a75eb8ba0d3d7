# BINARY_ADD joins two exact strs or lists before the number protocol; every other pairing
# (subclasses with __add__/__radd__, mixed types, errors) keeps CPython's dispatch.


class L(list):
    def __add__(self, other):
        return "L.__add__"

    def __radd__(self, other):
        return "L.__radd__"


class S(str):
    def __add__(self, other):
        return "S.__add__"

    def __radd__(self, other):
        return "S.__radd__"


class Plain(list):
    pass


a, b = [1, 2], [3]
print(a + b, a, b)
print(a + [], [] + b, [] + [])
print(L([1]) + b, a + L([2]), L() + L())
print(type(Plain([1]) + [2]).__name__, Plain([1]) + Plain([2]))
print("ab" + "cd", "" + "x", "x" + "")
print(S("a") + "b", "a" + S("b"))
print(type("a" + str("b")).__name__)
for x, y in [([1], (2,)), ("a", 1), ([1], "a"), ((1,), [2])]:
    try:
        x + y
    except TypeError as e:
        print("TypeError:", e)
n = [0]
for i in range(3):
    n = n + [i]
print(n)
s = "q"
for i in range(3):
    s = s + str(i)
print(s)
t = [1]
t += [2]
print(t)
