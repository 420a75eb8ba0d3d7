add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
fs = [lambda i=i: i * i for i in range(4)]
print([f() for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print((lambda: "no args")())
print(add.__name__, (lambda x: x).__code__.co_argcount)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda x: x * 2)(21))
