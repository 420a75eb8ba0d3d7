def f():
    try:
        try:
            a()
        except E as e:
            raise X from e
    finally:
        b()
