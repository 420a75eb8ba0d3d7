def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{'c': 3, 'z': 0}))
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, c=3, d=4))
print(pos_only(1, 2, 3, d=4))
try:
    pos_only(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, c=1, a=2)
except TypeError as e:
    print(e)
def defaults(x=[]):
    x.append(len(x))
    return x
print(defaults(), defaults(), defaults([9]))
print(f.__defaults__, f.__kwdefaults__)
