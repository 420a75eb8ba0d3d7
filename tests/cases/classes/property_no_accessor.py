"""Reading, setting and deleting a property that lacks the accessor: the messages name the property (once __set_name__ gave it a name) and the class by its qualified name."""
class C:
    w = property()
    def _s(self, v): pass
    s = property(None, _s)
    g = property(lambda self: 1)
C.late = property()
c = C()
for name in ("w", "s", "late", "g"):
    for act in ("get", "set", "del"):
        try:
            if act == "get": getattr(c, name)
            elif act == "set": setattr(c, name, 1)
            else: delattr(c, name)
            print(name, act, "ok")
        except AttributeError as e:
            print(name, act, type(e).__name__, e)
print(hasattr(C.w, "__name__"), hasattr(C.w, "__set_name__"))
p = property()
p.__set_name__(C, "zz")
try:
    p.__get__(c, C)
except AttributeError as e:
    print(e)
try:
    p.__set__(c, 1)
except AttributeError as e:
    print(e)
try:
    p.__delete__(c)
except AttributeError as e:
    print(e)
q = property()
try:
    q.__get__(c, C)
except AttributeError as e:
    print(e)
try:
    q.__set__(c, 1)
except AttributeError as e:
    print(e)
try:
    q.__delete__(c)
except AttributeError as e:
    print(e)
class D(C):
    pass
try:
    D().w
except AttributeError as e:
    print(e)
r = C.s.getter(lambda self: 5)
print(r.__get__(c))
t = C.w.setter(lambda self, v: None)
try:
    t.__get__(c, C)
except AttributeError as e:
    print(e)
print(C.w.__get__(None, C) is C.w)
class Outer:
    class C:
        w = property()
    C.alias = C.w
o = Outer.C()
for n in ("w", "alias"):
    for f in (lambda: getattr(o, n), lambda: setattr(o, n, 1), lambda: delattr(o, n)):
        try: f()
        except AttributeError as e: print(e)
p = property()
p.__set_name__(Outer.C, 5)
try: p.__get__(o)
except AttributeError as e: print(e)
p.__set_name__(Outer.C, "it's")
try: p.__get__(o)
except AttributeError as e: print(e)
def f():
    class L:
        x = property()
    return L
try: f()().x
except AttributeError as e: print(e)
class P(property): pass
class E:
    z = P()
try: E().z
except AttributeError as e: print(e)
try: E().z = 3
except AttributeError as e: print(e)
