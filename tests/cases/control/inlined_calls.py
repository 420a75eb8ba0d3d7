"""Python-to-Python calls that the eval loop runs without recursing: results, defaults,
closures, exceptions through several frames (finally blocks, tracebacks), frames seen from
inside, generators, recursion limits, release timing and reference counts."""
import sys
import traceback


def add(a, b=10, c=100):
    return a + b + c


print(add(1), add(1, 2), add(1, 2, 3))


def outer(n):
    k = n * 2

    def inner(m):
        return m + k + n

    return inner(1) + inner(2)


print(outer(5))


class C:
    def __init__(self, v):
        self.v = v

    def get(self, extra=0):
        return self.v + extra

    def twice(self):
        return self.get() + self.get(1)


print(C(4).twice())

log = []


def level3(x):
    try:
        if x:
            raise ValueError("deep %d" % x)
        return "ok"
    finally:
        log.append("finally3")


def level2(x):
    try:
        return level3(x)
    finally:
        log.append("finally2")


def level1(x):
    try:
        return level2(x)
    except KeyError:
        return "wrong handler"


print(level1(0), log)
log.clear()
try:
    level1(7)
except ValueError as e:
    print("caught", e, log)
    for fs in traceback.extract_tb(e.__traceback__):
        print(" ", fs.name, fs.lineno - 40, fs.line)


def handled_below(x):
    try:
        return level2(x)
    except ValueError as e:
        return "handled " + str(e)


print(handled_below(3))


def chain():
    return sys._getframe(0), sys._getframe(1)


def caller_of_chain():
    here, back = chain()
    return here.f_code.co_name, back.f_code.co_name, here.f_back is back, back is sys._getframe()


print(caller_of_chain())


def depth_of_stack():
    f = sys._getframe()
    n = 0
    while f is not None:
        n += 1
        f = f.f_back
    return n


def nest(k):
    if k == 0:
        return depth_of_stack()
    return nest(k - 1)


base = depth_of_stack()
print(nest(10) - base)


def square(x):
    return x * x


def gen(n):
    for i in range(n):
        yield square(i)


def consume():
    return sum(gen(5)) + sum(square(i) for i in range(3))


print(consume())


def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(20000)
print(count_down(15000))
sys.setrecursionlimit(old)


def infinite(n):
    return infinite(n + 1)


def guarded():
    try:
        infinite(0)
    except RecursionError as e:
        return str(e)


print(guarded())
print(count_down(500))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holds_local():
    n = Noisy("local")
    print("returning")
    return 1


print("result", holds_local())


def takes(arg):
    return sys.getrefcount(arg)


obj = object()
print(takes(obj) - sys.getrefcount(obj))


def rebinding(n):
    global rebinding
    if n == 0:
        rebinding = lambda n: "rebound"
        return "base"
    return rebinding(n - 1)


print(rebinding(3), rebinding(3))


def raises_in_arg():
    return add(1 / 0)


try:
    raises_in_arg()
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])


def kw_and_star(*args, **kw):
    return len(args), sorted(kw)


def calls_others():
    return kw_and_star(1, 2, x=3), add(*[1, 2]), add(a=5)


print(calls_others())


class Base:
    def method(self, x):
        return sys.getrefcount(self), sys.getrefcount(x)


class Derived(Base):
    def method(self, x):
        return super().method(x)


arg = object()
inst = Base()
bound = inst.method
print(bound(arg), Derived().method(arg), inst.method(arg))


def gen_method(self):
    yield 1


class WithGen:
    gen = gen_method

    def kw(self, a, *, b=2):
        return a + b


print(list(WithGen().gen()), WithGen().kw(1), WithGen().kw(1, b=5))
