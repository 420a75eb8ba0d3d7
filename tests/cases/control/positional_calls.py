# Calls with positional arguments only: exact arity, defaults filling the rest, arguments that
# are cells, generators, recursion, defaults replaced later, and the errors of wrong arity.
import sys


def exact(a, b, c):
    return (a, b, c)


def with_defaults(a, b=2, c=[3]):
    return (a, b, c)


def cell_arg(a, b):
    def inner():
        return a + b

    a = a * 10
    return inner()


def gen(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


class K:
    def method(self, x, y=5):
        return x * y


print(exact(1, 2, 3))
print(with_defaults(1), with_defaults(1, 20), with_defaults(1, 20, 30))
print(with_defaults(1)[2] is with_defaults(2)[2])
print(cell_arg(1, 2))
print(list(gen(5)), list(gen(10, 3)))
print(depth(500))
k = K()
print(k.method(3), k.method(3, 4), K.method(k, 2))

with_defaults.__defaults__ = (200, 300)
print(with_defaults(1), with_defaults(1, 2))
with_defaults.__defaults__ = None
try:
    with_defaults(1)
except TypeError as e:
    print("TypeError:", e)

for args in [(), (1,), (1, 2), (1, 2, 3, 4)]:
    try:
        exact(*args)
        print(exact(*args[:3]) if len(args) == 3 else "?")
    except TypeError as e:
        print("TypeError:", e)
for f in [lambda: exact(1), lambda: exact(1, 2, 3, 4), lambda: k.method(), lambda: k.method(1, 2, 3)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

# Arguments moved into the callee: the caller keeps no extra reference.
obj = object()


def count(o):
    return sys.getrefcount(o)


print(count(obj) == count(obj), count(obj) - sys.getrefcount(obj))


def limit(n):
    return limit(n + 1)


try:
    limit(0)
except RecursionError as e:
    print("RecursionError:", e)
