pass
break_ = 1
del a
del a, b
del a.b, a[0]
del (a, b)
del [a, b]
del a,
assert x
assert x, 'msg'
raise
raise E
raise E from e
raise E() from None
global a
global a, b
def f():
    nonlocal a, b
    return
    return 1, 2
    return *a, b
x = 1; y = 2;
