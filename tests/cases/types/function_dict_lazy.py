"""Function __dict__ made on first use: identity, attribute set/delete, wraps, assignment."""
import functools, sys
def f(a, b=1, *, c=2): return a
print(f.__dict__, vars(f))
d = f.__dict__
f.x = 5
print(f.__dict__ is d, d, f.x)
try:
    f.missing
except AttributeError as e:
    print(e)
g = lambda: 0
g.y = 1
g.z = 2
del g.y
print(g.__dict__)
try:
    del g.y
except AttributeError as e:
    print(e)
@functools.wraps(f)
def w(*a): return f(*a)
print(w.__name__, w.__wrapped__ is f, w.__dict__.keys())
f.__dict__ = {'q': 1}
print(f.q, f.__dict__)
try:
    f.__dict__ = 3
except TypeError as e:
    print(e)
h = lambda: 0
h.__name__ = 'hh'; h.__qualname__ = 'Q.hh'
print(h.__name__, h.__qualname__, h.__module__, h.__doc__)
print(sys.getrefcount(h.__dict__))
print(hasattr(h, '__dict__'), getattr(h, 'nope', 7))
import gc
gc.collect()
def k():
    pass
k.attr = k
del k
print(gc.collect())
def m():
    pass
dd = m.__dict__
m.__dict__ = {}
print(dd is m.__dict__, dd)
def many():
    pass
for i in range(40):
    setattr(many, "a%d" % i, i)
print(len(many.__dict__), many.a39, list(vars(many))[:3])
