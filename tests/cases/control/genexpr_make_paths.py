"""A generator expression over a local made in one step (no function object): closures,
cell variables, comprehensions, unbound and deleted locals, iterables that fail or run Python
code in `__iter__`, names, frames, globals and builtins of exec'd code, refcounts."""
import sys
import traceback


def plain(t):
    g = (x * 2 for x in t)
    print(type(g).__name__, g.__name__, g.__qualname__, g.gi_code.co_name)
    print(sorted(g.gi_frame.f_locals), g.gi_frame.f_back, g.gi_running, g.gi_suspended)
    print(list(g), list(g))


plain((1, 2, 3))


def closure(t, k):
    g = (x * k for x in t)
    k = 10
    return sum(g), [x + k for x in t], {x: k for x in t}, {x - k for x in t}


print(closure([1, 2, 3], 2))


def cells(t):
    fs = list(lambda: x for x in t)
    return [f() for f in fs]


print(cells((4, 5, 6)))


def unbound(flag):
    if flag:
        t = (1,)
    return set(x for x in t)


try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(unbound(True))


def deleted():
    t = [1, 2]
    del t
    return sum(x for x in t)


try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def not_iterable(n):
    return sum(x
               for x in
               n)


try:
    not_iterable(5)
except TypeError:
    print(traceback.format_exc().replace(__file__, "FILE"))


class Loud:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        f = sys._getframe(1)
        print("  __iter__ from", f.f_code.co_name, f.f_lineno - loud.__code__.co_firstlineno)
        return iter(self.items)


def loud(seq):
    g = (y + 1 for y in seq)
    print("  made")
    return list(g)


print(loud(Loud([1, 2])))


class BadIter:
    def __iter__(self):
        return 5


class Raises:
    def __iter__(self):
        raise KeyError("no iteration")


def bad(seq):
    return list(z for z in seq)


for obj in (BadIter(), Raises()):
    try:
        bad(obj)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))


def from_generator(n):
    inner = (i for i in range(n))
    outer = (j * j for j in inner)
    print(outer.gi_frame.f_locals[".0"] is inner)
    return list(outer)


print(from_generator(4))


def refs(t):
    before = sys.getrefcount(t)
    g = (x for x in t)
    after = sys.getrefcount(t)
    del g
    return before, after, sys.getrefcount(t)


print(refs([7, 8]))

src = """
k = 3
def scaled(t):
    return sum(x * k for x in t), list(len(str(x)) for x in t)
"""
env = {"__name__": "mod", "__builtins__": {"sum": sum, "list": list, "str": str, "len": len}}
exec(src, env)
print(env["scaled"]((1, 20, 300)))
env2 = {"__name__": "mod2", "__builtins__": {"list": list}}
exec("def nolen(t):\n    return list(len(x) for x in t)\n", env2)
try:
    env2["nolen"](("ab",))
except NameError as e:
    print("NameError", e)


async def agen_source():
    for i in range(3):
        yield i


async def main(t):
    total = [x async for x in agen_source()]
    doubled = (x * 2 for x in t)
    return total, list(doubled), [y async for y in (z async for z in agen_source())]


c = main((5, 6))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)


class InClass:
    t = (1, 2)
    s = sum(x for x in t)


print(InClass.s, sum(x for x in InClass.t))


def nested():
    t = (3, 4)

    def inner():
        return list(x for x in t)

    return inner()


print(nested())


def many(n):
    t = tuple(range(n))
    return [sum(x for x in t) for _ in range(3)]


print(many(5))


class Collides:
    def __hash__(self):
        return hash("__name__")

    def __eq__(self, other):
        print("  __eq__ with", other)
        return False


env3 = {Collides(): 0, "__name__": "mod3"}
exec("def once(t):\n    return sum(x for x in t)\n", env3)
print(env3["once"]((1, 2)))
