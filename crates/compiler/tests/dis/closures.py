def outer():
    x = 1
    def inner():
        return x
    return inner
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
