def f(x):
    if x:
        return
    return x
def g():
    return 1
def h(x):
    return (x,
            1)
