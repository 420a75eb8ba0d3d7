def f(): pass
def f(a, b): pass
def f(a, b=1, *args, c, d=2, **kw): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2): pass
def f(*, a): pass
def f(a: int, *b: str, c: float = 1.0, **d: dict) -> None:
    return a
def f(*args: *Ts): pass
def f(a, b, /): pass
def f(**kw,): pass
def f(a,): pass
