def f(*, a=1, b, c=[]):
    pass
def g(x, y=2, *, z=3):
    pass
lam = lambda *, k=5: k
