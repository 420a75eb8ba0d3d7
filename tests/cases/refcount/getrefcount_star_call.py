import sys
x = []
t = (x,)
print(sys.getrefcount(*t))
print(sys.getrefcount(*[x]))
print(sys.getrefcount(*(x,)))
l = [x]
print(sys.getrefcount(*l))
def f(a, *rest, **kw):
    return sys.getrefcount(a)
print(f(*t), f(*[x]), f(*l), f(*t, k=1), f(*l, k=1), f(*(y for y in [x])))
def g(*args):
    return sys.getrefcount(args), sys.getrefcount(args[0])
print(g(*t), g(*[x]))
def f(*a, **k): return a, k
try:
    f(*1)
except TypeError as e:
    print(e)
class T(tuple):
    def __iter__(self):
        return iter([9, 9])
print(f(*T((1, 2))))
print(f(*T((1, 2)), z=3))
print(f(*"ab", **{"q": 1}))
try:
    print(*None)
except TypeError as e:
    print(e)
class C:
    def m(self, *a): pass
try:
    C().m(*3.5)
except TypeError as e:
    print(e)
try:
    len(*5, **{})
except TypeError as e:
    print(e)
