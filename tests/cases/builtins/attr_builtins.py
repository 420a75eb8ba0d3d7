class C:
    cls_attr = "c"
o = C()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "y", "default"), hasattr(o, "x"), hasattr(o, "cls_attr"), hasattr(o, "nope"))
delattr(o, "x")
print(hasattr(o, "x"), getattr(o, "cls_attr"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(C, "added", lambda self: "method")
print(o.added(), getattr(1, "real"), getattr("s", "upper")())
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
