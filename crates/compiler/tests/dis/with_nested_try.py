def f():
    with a() as x, b() as y:
        try:
            return x + y
        except E:
            pass
