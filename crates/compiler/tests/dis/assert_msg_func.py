def f(x):
    assert x > 0, "positive"
    assert isinstance(x, int)
    return x
