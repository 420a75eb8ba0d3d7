del a, b
del a.b, c[d]
def f():
    x = 1
    del x
