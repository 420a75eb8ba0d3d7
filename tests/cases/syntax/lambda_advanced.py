apply = lambda f, *args, **kw: f(*args, **kw)
print(apply(max, 3, 7, 1), apply(sorted, [3, 1], reverse=True))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
kwonly = lambda *, k=1: k * 10
print(kwonly(), kwonly(k=5))
pos = lambda a, /, b: (a, b)
print(pos(1, b=2))
print((lambda: (yield 1))().__class__.__name__)
print(list(map(lambda p: p[1], sorted({"b": 2, "a": 1}.items()))))
print((lambda x=[]: x)() is (lambda x=[]: x)())
