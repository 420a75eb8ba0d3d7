try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise TypeError("a")
    finally:
        raise IndexError("b")
except IndexError as e:
    print(repr(e.__context__))
def handler():
    try:
        raise OSError("inner")
    except OSError:
        try:
            raise KeyError("nested")
        except KeyError as k:
            return k
k = handler()
print(repr(k), repr(k.__context__))
e1 = ValueError("loop")
try:
    try:
        raise e1
    except ValueError:
        raise e1
except ValueError as e:
    print(e.__context__ is None)
