import sys
def f(x):
    return sys.getrefcount(x)
def g(x):
    y = x
    return sys.getrefcount(x)
def h(x):
    lst = [x]
    return sys.getrefcount(x)
a = []
print(f(a))
print(g(a))
print(h(a))
print(sys.getrefcount(a))
def nested(x):
    def inner():
        return sys.getrefcount(x)
    return inner()
print(nested(a))
