def f():
    try:
        raise KeyError("original")
    except KeyError:
        print("logging and re-raising")
        raise
try:
    f()
except KeyError as e:
    print("caught again:", repr(e))
def g():
    try:
        raise ValueError("a")
    except ValueError as e:
        err = e
    raise err
try:
    g()
except ValueError as e:
    print("stored exception re-raised:", e)
try:
    try:
        raise TypeError("t")
    except TypeError as t:
        raise t from None
except TypeError as e:
    print(e.__suppress_context__, e.__cause__)
