def numbers():
    yield 1
    yield 2
def consume():
    for n in numbers():
        if n == 2:
            raise LookupError(f"stopped at {n}")
consume()
