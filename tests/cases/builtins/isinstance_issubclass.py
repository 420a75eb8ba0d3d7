class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance("s", (list, (dict, str))))
print(issubclass(B, A), issubclass(A, (B, object)), issubclass(bool, int), issubclass(int, int))
print(isinstance(True, int), isinstance(1, float), isinstance(None, type(None)), isinstance(int, type))
print(isinstance([], (list | dict)), isinstance(3, int | str), issubclass(B, A | int))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("plain", Magic))
