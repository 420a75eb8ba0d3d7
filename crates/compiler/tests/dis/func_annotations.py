def f(a: int, b: str = "x") -> bool:
    return True
def g(*args: int, **kw: str):
    pass
