"""set(gen), s.update(gen), list(gen), tuple(gen) and sum(gen) drain a generator natively:
items that need Python code (__hash__, __eq__, __radd__) in between, the generator's state
seen from them, errors, exception state and frames."""
import sys
import traceback


class Key:
    def __init__(self, v, g=None):
        self.v = v
        self.g = g

    def __hash__(self):
        g = self.g
        if g is not None:
            f = sys._getframe(1)
            print("  hash", self.v, "running", g.gi_running, "suspended", g.gi_suspended,
                  "frame line", g.gi_frame.f_lineno, "caller", f.f_code.co_name)
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


def mixed(holder):
    yield 1
    yield "a"
    yield Key(2, holder[0])
    yield 3
    yield 1
    yield Key(2, holder[0])
    yield "b"


holder = [None]
g = mixed(holder)
holder[0] = g
s = set(g)
print(sorted(map(repr, s)))
print(g.gi_running, g.gi_suspended, g.gi_frame)


def running_inside():
    for i in range(3):
        yield (i, gen.gi_running, sys._getframe().f_back.f_code.co_name)


gen = running_inside()
print(sorted(set(gen)))


def steals(holder):
    yield 10
    yield Stealer(holder)
    yield 11
    yield 12
    yield 13


class Stealer:
    def __init__(self, holder):
        self.holder = holder

    def __hash__(self):
        print("  stolen", next(self.holder[0]))
        return 7

    def __eq__(self, other):
        return self is other


holder = [None]
g = steals(holder)
holder[0] = g
print(sorted(x if isinstance(x, int) else -1 for x in set(g)))


def fails():
    yield 1
    yield 2
    raise KeyError("inside")


try:
    set(fails())
except KeyError:
    tb = traceback.format_exc().replace(__file__, "FILE")
    print(tb)


def stops():
    yield 1
    raise StopIteration("early")


try:
    set(stops())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


def unhashable():
    yield 1
    yield [2]
    yield 3


u = unhashable()
try:
    set(u)
except TypeError as e:
    print("TypeError", e)
print(next(u))


def handles():
    try:
        raise ValueError("handled")
    except ValueError:
        yield 1
        yield sys.exc_info()[0].__name__
        yield 2
    yield sys.exc_info()[0]


print(sorted(map(str, set(handles()))))

try:
    raise IndexError("outer")
except IndexError:
    print(sorted(set(x * 2 for x in range(5))))
    print(sys.exc_info()[0].__name__)


frames = []


def keeps_frame():
    frames.append(sys._getframe())
    for i in range(4):
        yield i
    yield "end"


print(sorted(map(str, set(keeps_frame()))))
print(frames[0].f_lineno - keeps_frame.__code__.co_firstlineno, frames[0].f_locals)


def inner():
    yield 1
    yield 2


def delegates():
    yield 0
    yield from inner()
    yield from (3, 4)
    yield Key(5)


print(sorted(map(repr, set(delegates()))))

s = {100}


def grows():
    for i in range(6):
        s.add(-i)
        yield i


s.update(grows())
print(sorted(s))
print(sorted(frozenset(x % 3 for x in range(10))))


def deep(n):
    if n:
        yield from deep(n - 1)
    yield len(set(i for i in range(n)))


print(sorted(set(deep(30))))


def never_done():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


def pairs():
    g = never_done()
    yield next(g)
    yield Key(9)


print(sorted(map(repr, set(pairs()))))


class Money:
    def __init__(self, v, g=None):
        self.v = v
        self.g = g

    def __radd__(self, other):
        if self.g is not None:
            print("  radd running", self.g[0].gi_running, "suspended", self.g[0].gi_suspended)
        return other + self.v


def amounts(holder):
    yield 1
    yield 2**61
    yield 2**62
    yield Money(5, holder)
    yield 0.5
    yield 0.25
    yield True
    yield -(2**63)


holder = [None]
g = amounts(holder)
holder[0] = g
print(sum(g))
print(sum((x * 0.5 for x in range(7)), 0.25))
print(sum((x for x in range(4)), 10))
print(sum(i for i in ()))
try:
    sum(x if x < 3 else "s" for x in range(5))
except TypeError as e:
    print("TypeError", e)
print(list(x * x for x in range(6)), tuple(str(x) for x in range(3)))
print(sorted(-x for x in range(5)))
print(list(running_inside.__name__ for _ in range(2)))


def lister():
    yield 1
    yield lst_gen.gi_running
    yield sys._getframe(1).f_code.co_name


lst_gen = lister()
print(list(lst_gen), list(lst_gen))
try:
    list(fails())
except KeyError as e:
    print("KeyError", e)
print("done")
