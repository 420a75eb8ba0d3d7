def g():
    yield 1
    yield
    x = yield 2
def h():
    yield from g()
