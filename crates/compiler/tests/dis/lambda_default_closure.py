def f(x):
    return lambda y=x: y + x
