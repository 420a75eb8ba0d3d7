def classify(exc):
    try:
        raise exc
    except LookupError as e:
        return f"LookupError branch: {type(e).__name__}"
    except ArithmeticError as e:
        return f"ArithmeticError branch: {type(e).__name__}"
    except Exception as e:
        return f"Exception branch: {type(e).__name__}"
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), RuntimeError]:
    print(classify(exc))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except "string":
        pass
except TypeError as e:
    print("TypeError:", e)
