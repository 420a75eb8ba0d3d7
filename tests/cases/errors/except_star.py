def raiser():
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c"), KeyError("d")])
try:
    try:
        raiser()
    except* ValueError as group:
        print("ValueErrors:", [str(e) for e in group.exceptions])
    except* TypeError as group:
        print("TypeErrors:", [str(e) for e in group.exceptions])
except ExceptionGroup as rest:
    print("unhandled:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped:", repr(g))
try:
    try:
        raise ExceptionGroup("x", [OSError("o")])
    except* OSError:
        raise RuntimeError("from handler")
except Exception as e:
    print(type(e).__name__, [type(x).__name__ for x in getattr(e, "exceptions", [e])])
