class Singleton:
    _instance = None
    def __new__(cls, *args):
        print("__new__", args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("__init__", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class NotInstance:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotInstance())
class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(Immutable(1, 2), type(Immutable(1, 2)).__name__)
try:
    class BadInit:
        def __init__(self):
            return 1
    BadInit()
except TypeError as e:
    print("TypeError:", e)
