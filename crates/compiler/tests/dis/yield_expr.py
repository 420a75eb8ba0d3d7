def g():
    x = yield
    y = yield x
    z = (yield from range(3))
    return z
