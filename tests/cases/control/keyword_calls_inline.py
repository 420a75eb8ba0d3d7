"""Calls with keywords that the eval loop runs itself: binding (defaults, keyword-only,
**kwargs, positional-only), binding errors, bound methods, recursion, tracebacks, generators,
closures, frames and reference counts."""
import sys, traceback
def f(a, b=2, *, c=3):
    return a + b + c
def g(a, **kw):
    return a, sorted(kw.items())
def h(*args, k=None, **kw):
    return args, k, kw
print(f(1, b=5), f(a=1), f(1, c=10), f(b=1, a=2, c=3))
print(g(1, x=2, y=3), g(a=5))
print(h(1, 2, k=3, z=4))
def err(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print("TypeError:", e)
try:
    f(1, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, b=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(b=4)
except TypeError as e:
    print("TypeError:", e)
def po(a, /, b):
    return a, b
try:
    po(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
print(po(1, b=2))
class C:
    def m(self, x, y=0):
        return x - y
    def r(self, x):
        print(sys.getrefcount(x))
c = C()
print(c.m(y=1, x=5), C.m(c, x=3))
o = object()
c.r(x=o)
def deep(n, *, k=1):
    return 0 if n == 0 else 1 + deep(n - 1, k=k)
print(deep(500, k=2))
try:
    deep(100000, k=1)
except RecursionError as e:
    print("RecursionError:", e)
def boom(x, *, y):
    return x / y
def caller():
    return boom(1, y=0)
try:
    caller()
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, "FILE"))
def gen(a, *, b):
    yield a + b
print(list(gen(1, b=2)))
def outer():
    v = 5
    def inner(*, w):
        return v + w
    return inner(w=1)
print(outer())
def cellarg(a, *, b):
    def get():
        return a + b
    return get()
print(cellarg(1, b=2))
def fr(*, x):
    return sys._getframe().f_back.f_code.co_name
def call_fr():
    return fr(x=1)
print(call_fr())
def rc(a, *, b):
    print(sys.getrefcount(a), sys.getrefcount(b))
rc(o, b=o)
