"""A function's __module__ is its globals' __name__ when it is made (None when absent)."""
def make():
    return lambda: 0
print(make().__module__)
g = {}
exec("def f(): return lambda: 0\nh = f()", g)
print(g["h"].__module__, g["f"]().__module__)
g["__name__"] = "first"
print(g["f"]().__module__)
g["__name__"] = "second"
print(g["f"]().__module__)
del g["__name__"]
print(g["f"]().__module__)
g["other"] = 1
g["__name__"] = "third"
print(g["f"]().__module__)
for i in range(3):
    g["__name__"] = i
    print(g["f"]().__module__)
class K:
    def m(self):
        pass
print(K.m.__module__, K.__module__)
def outer(x=1, *, y=2):
    def inner(a=x, *, b=y):
        return a, b, x
    return inner
inner = outer(5, y=6)
print(inner.__defaults__, inner.__kwdefaults__, len(inner.__closure__), inner.__qualname__, inner())
inner.__defaults__ = (7,)
print(inner(), inner.__globals__ is globals(), inner.__code__.co_name)
