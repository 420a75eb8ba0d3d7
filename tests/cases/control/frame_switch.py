"""Inlined calls switch frames inside the eval loop: the recursion depth, frame records,
returns, errors and a function's code replaced while it runs stay right."""
import sys


def depth_of(n):
    if n == 0:
        return 0
    return 1 + depth_of(n - 1)


def recurse_forever(n):
    return recurse_forever(n + 1)


class Node:
    def __init__(self, n):
        self.child = Node(n + 1) if n < 10_000 else None


# The limit trips in an inlined call, then in an inlined class call (its own message).
for f in (lambda: recurse_forever(0), lambda: Node(0)):
    try:
        f()
    except RecursionError as e:
        print("RecursionError:", e)
# The depth came back down: a deep (but allowed) recursion still works, twice.
print(depth_of(900), depth_of(900))
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(depth_of(2500))
sys.setrecursionlimit(old)


def names_up(k):
    return [sys._getframe(i).f_code.co_name for i in range(k)]


def a():
    return b()


def b():
    return c()


def c():
    f = sys._getframe()
    chain = []
    while f is not None and len(chain) < 4:
        chain.append((f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno))
        f = f.f_back
    return chain, names_up(3)


print(a())


def swap_code():
    swap_code.__code__ = other.__code__
    return "first body still runs"


def other():
    return "second body"


print(swap_code(), swap_code())


class BadInit:
    def __init__(self):
        return 42


def make_bad():
    return BadInit()


try:
    make_bad()
except TypeError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("TypeError:", e, names)


def raise_at(n):
    if n == 0:
        raise ValueError("deep")
    return raise_at(n - 1)


def catch_mid():
    try:
        return raise_at(5)
    except ValueError as e:
        return "caught " + str(e)


print(catch_mid(), catch_mid(), depth_of(10))


def target(x):
    return sys.getrefcount(target)


before = sys.getrefcount(target)
during = target(1)
after = sys.getrefcount(target)
print(during - before, after - before)


def gen_in_call(n):
    return sum(i * i for i in range(n))


def outer(n):
    return gen_in_call(n) + gen_in_call(n + 1)


print(outer(10))


def kw(a, b=2, *, c=3):
    return a + b + c


def calls_kw():
    return kw(1, c=10) + kw(a=5)


print(calls_kw())
