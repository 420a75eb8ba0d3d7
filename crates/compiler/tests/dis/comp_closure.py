def f(n):
    return [i * n for i in range(n)]
def g(xs):
    return (x for x in xs if x > 0)
