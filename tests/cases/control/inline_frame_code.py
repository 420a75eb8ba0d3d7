"""A frame the eval loop runs inline holds its code through its call-stack slot: what reads a
running frame's code sees it all the same. `locals()`, `vars()`, `dir()` and `eval` in
inlined frames; tracebacks through inlined frames (plain, method, keyword and `__init__`
calls), caught at each depth and re-raised; frame objects and their `f_back` chains;
`__code__` replaced while a call runs."""
import sys
import traceback


def names_here(a, b=2):
    c = a + b
    return sorted(locals()), sorted(vars()), dir(), eval("a + c")


print(names_here(1))
print(names_here(1, b=5))


def raiser(n):
    if n == 0:
        raise ValueError("bottom")
    return raiser(n - 1) + 1


def catch_at(depth, n):
    if depth == 0:
        try:
            return raiser(n)
        except ValueError as e:
            tb = e.__traceback__
            entries = []
            while tb is not None:
                entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            return entries
    return catch_at(depth - 1, n)


print(catch_at(0, 3))
print(catch_at(3, 2))


def formatted():
    try:
        catch_nothing(2)
    except ValueError:
        lines = traceback.format_exc().splitlines()
        return [l.replace(__file__, "FILE") for l in lines]


def catch_nothing(n):
    try:
        return raiser(n)
    finally:
        pass


for line in formatted():
    print(line)


class C:
    def __init__(self, x):
        if x < 0:
            raise KeyError(x)
        self.x = x

    def m(self, k):
        return C(k)


def make(k):
    try:
        return C(1).m(k=k).x
    except KeyError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names


print(make(4), make(-1))


def reraiser(n):
    try:
        return raiser(n)
    except ValueError:
        raise


def outer_reraise():
    try:
        reraiser(1)
    except ValueError as e:
        tb = e.__traceback__
        n = 0
        while tb is not None:
            n += 1
            tb = tb.tb_next
        return n


print(outer_reraise())


def keep_frame(x):
    y = x * 2
    return sys._getframe()


def chain():
    return keep_frame(3)


f = chain()
print(f.f_code.co_name, sorted(f.f_locals.items()), f.f_back.f_code.co_name)


def back_names():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def level2():
    return back_names()


def level1():
    return level2()


print(level1())


def old_code():
    old_code.__code__ = new_code.__code__
    return sys._getframe().f_code.co_name, names_in_swap()


def new_code():
    return "new"


def names_in_swap():
    return sys._getframe(1).f_code.co_name


def swap_caller():
    return old_code(), old_code()


print(swap_caller())
