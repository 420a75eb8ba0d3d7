def a():
    b()
def b():
    c()
def c():
    raise RuntimeError("from c")
a()
