def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
