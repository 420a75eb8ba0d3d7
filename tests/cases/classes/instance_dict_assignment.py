# obj.__dict__ = d replaces the instance dict; bad values and del as CPython.
class B: pass
b = B(); b.q = 1
for v in (5, None):
    try:
        b.__dict__ = v
    except TypeError as e:
        print("TypeError:", e)
try:
    del b.__dict__
    print("deleted", b.__dict__)
except TypeError as e:
    print("TypeError:", e)
class D(dict): pass
b.__dict__ = D(w=3)
print(b.w, type(b.__dict__).__name__, b.__dict__)
b.__dict__ = {"z": 2}
print(getattr(b, "q", "missing"), b.z, vars(b))
