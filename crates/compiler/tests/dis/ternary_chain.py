def f(x):
    return 'a' if x < 0 else 'b' if x == 0 else 'c'
