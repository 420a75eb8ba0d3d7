for exc in [ValueError(), ValueError("x"), ValueError("x", "y"), KeyError("k"), KeyError(1, 2),
            OSError(), OSError(13, "Permission denied"), OSError(2, "Missing", "f.txt"),
            StopIteration(3), SystemExit(2), UnicodeError("u"), ZeroDivisionError("division by zero")]:
    print(type(exc).__name__, repr(str(exc)), repr(exc))
print(str(PermissionError(13, "denied")), type(OSError(13, "x")).__name__, type(OSError(2, "x")).__name__)
