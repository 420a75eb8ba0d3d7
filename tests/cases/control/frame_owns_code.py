"""A running frame keeps its own code, globals and builtins: the function deleted during its own
call (its last reference going when the call returns), `__code__` replaced from inside the call
(with a code of another layout: cells, defaults, another arity), frames of functions from
another globals namespace calling back and forth, and `sys.getrefcount` of a function during
its own call (plain, method and closure calls)."""
import sys
import weakref


def report(tag):
    print(tag, "freed")


def del_g():
    global g
    del g


def g():
    del_g()
    return (
        sys._getframe().f_code.co_name,
        sys._getframe().f_globals is globals(),
        sys._getframe().f_builtins is __builtins__.__dict__,
    )


r = weakref.ref(g, lambda _: report("g"))
print(g())
print("after the call:", r() is None)


def swapped_in(a, b=10):
    cell = a

    def inner():
        return cell + b

    return ("swapped_in", inner())


def swapper(a, b=20):
    swapper.__code__ = swapped_in.__code__
    return sys._getframe().f_code.co_name, a + b


def call_swapper():
    out = [swapper(1, 2), swapper(3), swapper(4, 5)]
    return out


print(call_swapper())


def plain(a, b):
    return a - b


def with_cells(a, b):
    def inner():
        return a * b

    return inner()


def with_local_cell(a, b):
    c = a * 10 + b

    def inner():
        return c

    return inner()


def run(fn, n):
    return [fn(i, 3) for i in range(n)]


def target(a, b):
    return a + b


print(run(target, 3))
target.__code__ = with_cells.__code__
print(run(target, 3))
target.__code__ = with_local_cell.__code__
print(run(target, 3))
target.__code__ = plain.__code__
print(run(target, 3))


def refcount_inside():
    return sys.getrefcount(refcount_inside)


class K:
    def m(self):
        return sys.getrefcount(K.m)


def closure_counts():
    def inner(n):
        return sys.getrefcount(inner) if n == 0 else inner(n - 1)

    return inner(3)


print(refcount_inside(), K().m(), closure_counts())

other = {"__name__": "other"}
exec(
    """
import sys

def from_other(fn, n):
    f = sys._getframe()
    here = (f.f_globals["__name__"], f.f_code.co_name)
    return [here] + fn(n - 1) if n else [here]
""",
    other,
)


def from_main(n):
    f = sys._getframe()
    here = (f.f_globals["__name__"], f.f_code.co_name)
    return [here] + other["from_other"](from_main, n - 1) if n else [here]


print(from_main(4))


def globals_chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_globals.get("__name__"))
        f = f.f_back
    return names


other["globals_chain"] = globals_chain
exec("def via_other():\n    return globals_chain()\n", other)
print(other["via_other"]())
