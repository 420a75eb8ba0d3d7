import sys
print(sys.getrefcount([]))
print(sys.getrefcount(object()))
print(sys.getrefcount([1, 2] + [3]))
x = []
print(sys.getrefcount(x))
print(sys.getrefcount(*[x]))
print(sys.getrefcount(x))
def ident(v):
    return v
print(sys.getrefcount(ident(x)))
