import sys
print(sys.exc_info())
try:
    raise TypeError("current")
except TypeError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None, repr(sys.exception()))
print(sys.exc_info())
def inner():
    return sys.exc_info()[1]
try:
    raise KeyError("visible in callee")
except KeyError:
    print(repr(inner()))
