"""A frame run inline keeps what it runs: its code (f.__code__ replaced during the call),
its function (moved from the caller's stack) and its globals; the function is released after
the frame's locals."""
import sys


def other():
    return "other code"


def replaces_own_code():
    replaces_own_code.__code__ = other.__code__
    f = sys._getframe()
    print("running", f.f_code.co_name, f.f_lineno)
    return "first code"


print(replaces_own_code())
print(replaces_own_code())


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make():
    def g(x=Noisy("default")):
        local = Noisy("local")
        print("g runs")
        return 1

    return g


print("result", make()())
print("after")


def counts(fn):
    return sys.getrefcount(fn)


def inside():
    return counts(inside)


print("refcount inside", inside() - sys.getrefcount(inside))


ns = {"__name__": "elsewhere", "sys": sys}
exec("def h():\n    return sys._getframe().f_globals['__name__']\n", ns)
h = ns["h"]


def calls_h():
    return h(), sys._getframe().f_globals["__name__"]


print(calls_h())


def back_chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def level1():
    return back_chain()


print(level1())


def fails(n):
    if n == 0:
        raise ValueError("deep")
    return fails(n - 1) + 1


try:
    fails(3)
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_globals["__name__"])
        tb = tb.tb_next


def keep_frame():
    x = 42
    return sys._getframe()


fr = keep_frame()
print(fr.f_code.co_name, fr.f_locals, fr.f_back.f_code.co_name)


def loc(a, b=2):
    c = a + b
    return locals()


print(loc(1))
