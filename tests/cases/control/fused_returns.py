# LOAD_CONST and LOAD_FAST fused with the RETURN_VALUE after them: constants and locals
# returned from functions, generators, finally blocks and with blocks; an unbound local
# returned (the error and its line); the release order of the other locals at return.
import traceback


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def const():
    return 42


def none():
    pass


def local(x):
    y = x * 2
    return y


def keeps_other_local():
    a = Noisy("a")
    b = Noisy("b")
    return b


def maybe_unbound(flag):
    if flag:
        value = "bound"
    return value


def in_finally():
    try:
        return "try"
    finally:
        print("finally ran")


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit ran")


def in_with():
    with Ctx():
        result = "with"
        return result


def gen():
    yield 1
    return "done"


print(const(), none(), local(4), local("ab"))
r = keeps_other_local()
print("returned", r.n)
del r
print(maybe_unbound(True))
try:
    maybe_unbound(False)
except UnboundLocalError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("UnboundLocalError", e, [(fr.name, fr.lineno) for fr in tb])
print(in_finally(), in_with())
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print([local(i) for i in range(4)], (lambda: 7)(), (lambda q: q)(8))
