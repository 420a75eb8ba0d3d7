def f():
    global g
    g = 1
    return g
g = 2
