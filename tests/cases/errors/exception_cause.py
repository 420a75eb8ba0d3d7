def load():
    try:
        {}["config"]
    except KeyError as e:
        raise RuntimeError("config missing") from e
try:
    load()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("outer") from TypeError("explicit cause")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden context") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
