import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper

def repeat(times):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(times)]
        return inner
    return deco

@trace
def add(a, b=1):
    """Adds."""
    return a + b

@repeat(3)
def hello(name):
    return "hi " + name

add(2, b=5)
print(add.__name__, add.__doc__)
print(hello("bob"))

def mark(cls):
    cls.marked = True
    return cls

@mark
class C:
    pass
print(C.marked)

@trace
@repeat(2)
def two():
    return 2
two()
