@dec
def f():
    pass
@dec1
@dec2(arg)
def g():
    pass
