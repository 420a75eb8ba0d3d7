o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__name__, object.__bases__, object.__mro__)
print(sorted(n for n in dir(object) if n in ("__eq__", "__hash__", "__repr__", "__init__", "__new__")))
print(object.__doc__)
