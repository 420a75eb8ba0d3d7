# The LOAD_FAST + LOAD_CONST + add/subtract and STORE_FAST + STORE_FAST superinstructions:
# operands that are not small ints, overflow past the small-int range, errors and their lines,
# jumps into the middle of a fused sequence, and the release order of replaced locals.
import sys
import traceback


def minus_one(x):
    return x - 1


def plus_two(x):
    return x + 2


for v in (5, 0, -3, 2**61 - 1, 2**61, -(2**61), 2**62, 2.5, True):
    print(repr(v), minus_one(v), plus_two(v))


class Odd(int):
    def __sub__(self, other):
        return "sub", int(self), other

    def __add__(self, other):
        return "add", int(self), other


print(minus_one(Odd(7)), plus_two(Odd(7)))
print(plus_two([1]) if False else plus_two(-2))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(15)])


def show(exc):
    frames = traceback.extract_tb(exc.__traceback__)
    print(type(exc).__name__, exc, [(fr.name, fr.lineno) for fr in frames])


def bad_operand(x):
    y = 1
    return (y,
            x
            - 1)


try:
    bad_operand("s")
except TypeError as e:
    show(e)


def unbound_first():
    if False:
        z = 0
    return z + 1


try:
    unbound_first()
except UnboundLocalError as e:
    show(e)


def jump_into(c, x, y):
    # The jump from the first branch lands on the LOAD_CONST of `y; 1; -`.
    return (x if c else y) - 1


print(jump_into(True, 10, 20), jump_into(False, 10, 20))
print(jump_into(True, 1.5, 20), jump_into(False, 10, 0.5))


def unpack(t):
    a, b = t
    c, d, e = b, a, t
    return a, b, c, d, e


print(unpack((1, 2)))
try:
    unpack((1, 2, 3))
except ValueError as e:
    show(e)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "at line", sys._getframe(1).f_lineno)


def releases():
    pair = [Noisy("a1"), Noisy("b1")]
    a, b = pair
    pair = [Noisy("a2"), Noisy("b2")]
    print("first pair stored")
    a, b = (
        pair)
    del pair
    print("second pair stored")
    b, a = 1, 2
    print("done", a, b)


releases()


def counts():
    obj = object()
    p, q = obj, obj
    r = s = obj
    return sys.getrefcount(obj)


print(counts())
