def f(a, b):
    def g():
        return a + b
    a = 2
    return g
def h(*args, **kwargs):
    return lambda: (args, kwargs)
