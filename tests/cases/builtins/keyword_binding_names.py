"""Keyword arguments bound by identity of interned names and by equality of built names."""


def f(x, y=10, *, z=20):
    return x, y, z


built = "".join(["y"])
print(f(1, y=2), f(x=1), f(1, **{built: 3}), f(**{"".join("x"): 4, "".join("z"): 5}))
print(f.__defaults__, f(0))
f.__defaults__ = (99,)
print(f(0))
f.__defaults__ = None
for call in (lambda: f(0), lambda: f(1, 2, y=3), lambda: f(1, **{"".join("w"): 1})):
    try:
        call()
    except TypeError as e:
        print(e)
