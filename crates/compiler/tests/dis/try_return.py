def f():
    try:
        return 1
    finally:
        cleanup()
def g():
    for x in y:
        try:
            continue
        finally:
            z()
