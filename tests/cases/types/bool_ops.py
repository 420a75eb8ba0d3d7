print(True, False, True + True, True * 10, -True, ~True, True / 2)
print(bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(0j))
print(True == 1, False == 0, True is True, isinstance(True, int), type(True).__name__)
print(True & False, True | False, True ^ True, not True, True and 5, False or "x")
print(str(True), repr(False), int(True), float(False), hash(True), hash(False))
print(sum([True, True, False]), sorted([True, False, True]), max(False, True))
print({True: "a", 1: "b"}, {1, True, 1.0})
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(bool.__bases__, True.__class__.__mro__)
