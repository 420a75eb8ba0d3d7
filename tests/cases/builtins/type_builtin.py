print(type(1), type("s"), type([]), type(type), type(None), type(len), type(lambda: 0).__name__)
T = type("T", (), {"v": 1})
print(T.__name__, T().v, type(T()) is T, type(T))
print(type(1) is int, type(True) is bool, type(1) == type(2))
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
