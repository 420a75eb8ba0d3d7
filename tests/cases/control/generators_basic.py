def count(n):
    print("start")
    for i in range(n):
        yield i
    print("end")
    return "result"
g = count(3)
print(type(g).__name__)
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def gen_return():
    yield 1
    return 42
try:
    gg = gen_return(); next(gg); next(gg)
except StopIteration as e:
    print("return value:", e.value, e.args)
