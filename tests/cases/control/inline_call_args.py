# Arguments moved into inlined frames: zero to four positional arguments, defaults, cells made
# from arguments, methods through LOAD_METHOD with and without a matching arity, reference
# counts of arguments inside the callee and the release order at return.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def zero():
    return "zero"


def one(a):
    return a


def two(a, b):
    return (a, b)


def three(a, b, c=30):
    return a + b + c


def four(a, b, c, d):
    return [a, b, c, d]


def cell_arg(a, b):
    def inner():
        return a * 10 + b
    b += 1
    return inner()


def count_inside(x):
    return sys.getrefcount(x)


def release_order(a, b, c):
    print("in release_order")
    return None


class M:
    def m0(self):
        return "m0"

    def m2(self, x, y=5):
        return x + y

    def rec(self, n):
        if n == 0:
            return 0
        return 1 + self.rec(n - 1)


print(zero(), one(1), two(1, 2), three(1, 2), three(1, 2, 3), four(1, 2, 3, 4))
print(cell_arg(3, 4))
obj = object()
print("refcount inside", count_inside(obj))
release_order(Noisy("a"), Noisy("b"), Noisy("c"))
print("after release_order")
m = M()
print(m.m0(), m.m2(1), m.m2(1, 2), m.rec(50))
try:
    m.m2()
except TypeError as e:
    print("TypeError", e)
try:
    m.m0(1)
except TypeError as e:
    print("TypeError", e)
try:
    four(1, 2)
except TypeError as e:
    print("TypeError", e)
f = M.m2
print(f(m, 7), M.m0(m))


def other(s, x, y):
    return ("other", x, y)


def swap_me(a, b):
    M.m2.__code__ = other.__code__
    return a - b


print(swap_me(5, 3), m.m2(1, 2))
total = 0
for i in range(1000):
    total += three(i, 1) + one(i) + len(two(i, i))
print(total)
