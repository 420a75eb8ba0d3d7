def f():
    try:
        raise ValueError("original")
    finally:
        print("cleanup")
try:
    f()
except ValueError as e:
    print("still ValueError:", e)
def g():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("replacement")
try:
    g()
except KeyError as e:
    print("replaced by", repr(e), "context", repr(e.__context__))
