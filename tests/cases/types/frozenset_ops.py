a = frozenset("abc")
b = frozenset("bcd")
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a < a | b)
print(type(a & {"b"}).__name__, type({"b"} & a).__name__)
try:
    a.add("z")
except AttributeError as e:
    print("AttributeError:", e)
print(frozenset([1, 2]) == {1, 2}, len(frozenset()), frozenset(range(3)))
s = {frozenset([1]), frozenset([1])}
print(len(s), {frozenset(): "empty"})
