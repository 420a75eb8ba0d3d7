"""Generator resumes through each entry: `for`, `next`, `send(None)`, `yield from`, builtins
consuming a generator; their error paths and the handled exception seen inside."""
import sys


def count(n):
    for i in range(n):
        yield i
    return "done"


def delegate(n):
    r = yield from count(n)
    yield r


print(list(delegate(3)), sum(count(5)), tuple(count(2)), set(count(3)), any(count(3)))
g = count(2)
print(next(g), g.send(None), next(g, "end"), next(g, "again"))


def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
try:
    for x in me:
        pass
    print("finished generator: for ends at once")
except Exception as e:
    print(type(e).__name__, e)


def passthrough(g):
    return (yield from g)


def leaks_stop():
    yield 1
    raise StopIteration("inner")


for how in ("for", "yield from", "list"):
    try:
        if how == "for":
            for x in leaks_stop():
                pass
        elif how == "yield from":
            list(passthrough(leaks_stop()))
        else:
            list(leaks_stop())
    except RuntimeError as e:
        print(how, "RuntimeError:", e, "cause:", repr(e.__cause__))


def fresh():
    x = yield
    print("got", x)
    yield x


f = fresh()
try:
    f.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(f), f.send(7))


def exc_seen():
    yield sys.exc_info()[0]
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


e = exc_seen()
print("before:", next(e))
try:
    raise ValueError("outer")
except ValueError:
    print("inside handler:", next(e).__name__, sys.exc_info()[0].__name__)
    print("again:", next(e).__name__, sys.exc_info()[0].__name__)
print("after:", next(e), sys.exc_info()[0])


def gen_running_flag():
    yield g2.gi_running
    yield g2.gi_suspended


g2 = gen_running_flag()
print(g2.gi_running, g2.gi_suspended, next(g2), next(g2), g2.gi_suspended)
print(list(g2), g2.gi_frame)
