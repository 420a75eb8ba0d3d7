def f():
    try:
        x = g()
    except (A, B):
        return None
    else:
        return x
