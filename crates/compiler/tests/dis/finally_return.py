def f():
    try:
        return g()
    finally:
        return 2
def h():
    while x:
        try:
            break
        finally:
            print()
