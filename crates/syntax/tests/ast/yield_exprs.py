def g():
    yield
    yield 1
    yield 1, 2
    yield from x
    x = yield
    x = yield y
    y = yield from z
    await_ = (yield)
    f((yield))
    yield *a, b
