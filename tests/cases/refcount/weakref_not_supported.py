import weakref
for obj in [1, "s", (1,), [1], {1: 2}, None, 1.5, b"b", object()]:
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as e:
        print(e)
def f():
    pass
class C:
    pass
for obj in [f, C, C(), {1}, frozenset(), len]:
    r = weakref.ref(obj)
    print(r() is obj)
