a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = [1]
print(first, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
print(*[1, 2], *(3,), *"ab")
print([*range(3), *[9]], (*"xy",), {*[1, 1, 2]})
d = {'a': 1}
print({**d, 'b': 2, **{'a': 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(), **{'k': 4}, j=5))
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
