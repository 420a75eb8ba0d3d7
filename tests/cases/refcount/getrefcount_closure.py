import sys
def outer():
    x = []
    def inner():
        return x
    print(sys.getrefcount(x))
    return inner, x
f, x = outer()
print(sys.getrefcount(x))
g = f
print(sys.getrefcount(x))
del f, g
print(sys.getrefcount(x))
def make(v):
    return lambda: v
y = []
fs = [make(y) for _ in range(3)]
print(sys.getrefcount(y))
fs.pop()
print(sys.getrefcount(y))
del fs
print(sys.getrefcount(y))
