a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
print(hash(1), hash("") , hash((1, 2)) == hash((1, 2)))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
print(repr("a\nb"), repr([1, "x"]), repr({"k": (1,)}), repr(1.0), repr(None))
print(ascii("ü€😀\n"), ascii(["é"]), ascii("plain"), ascii(b"x"))
print(format(3.14159, ".2f"), format(42), format("s", ">3"), format(255, "x"), format([1]))
try:
    format(1, "z")
except ValueError as e:
    print("ValueError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
