def f():
    raise
def g():
    raise ValueError("x")
def h():
    raise ValueError from None
