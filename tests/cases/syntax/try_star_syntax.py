try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("values:", [repr(x) for x in e.exceptions])
except* TypeError as e:
    print("types:", [repr(x) for x in e.exceptions])
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as rest:
    print("remaining:", rest.message, [type(x).__name__ for x in rest.exceptions])
