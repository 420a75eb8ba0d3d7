"""Resuming a generator with None sent, through every resume path: the value a `yield`
expression receives, a `yield` statement (whose discarded None the resume may skip),
line numbers and tracebacks right after a resume, exception state kept across yields,
and delegation with `yield from`."""
import sys
import traceback


def stmt_gen(n):
    for i in range(n):
        yield i
        line = sys._getframe().f_lineno
        yield ("line", line - stmt_gen.__code__.co_firstlineno)


def expr_gen():
    got = yield "first"
    yield ("got", got)
    got = yield "third"
    yield ("got", got)


def nested_expr():
    print("inside", (yield 1), (yield 2))
    yield 3


print(list(stmt_gen(2)))
print(sum(x for x in stmt_gen(3) if isinstance(x, int)))
print(set(x for x in stmt_gen(2) if isinstance(x, int)))
for item in stmt_gen(1):
    print("for", item)

g = expr_gen()
print(next(g), next(g), next(g), g.send("sent"))

g = nested_expr()
print(next(g), next(g), next(g))
g = nested_expr()
print(next(g), g.send("a"), g.send("b"))


def raises_after_yield():
    yield 1
    raise ValueError("right after the yield")


try:
    for v in raises_after_yield():
        print("got", v)
except ValueError:
    tb = traceback.format_exc().replace(__file__, "FILE")
    print(tb)


def first_statement_raises():
    raise KeyError("at once")
    yield


try:
    next(first_statement_raises())
except KeyError as e:
    print("KeyError", e, e.__traceback__.tb_next.tb_lineno - first_statement_raises.__code__.co_firstlineno)


def keeps_exc_info():
    try:
        raise IndexError("handled")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


print(list(keeps_exc_info()))
for v in keeps_exc_info():
    print("loop", v, sys.exc_info()[0])


def inner():
    x = yield "a"
    yield ("inner got", x)
    return "inner result"


def outer():
    r = yield from inner()
    yield ("outer got", r)


print(list(outer()))
g = outer()
print(next(g), g.send(42), next(g))


def states():
    g = yield
    yield (g.gi_running, g.gi_suspended, g.gi_frame.f_lineno - states.__code__.co_firstlineno)
    yield "done"


g = states()
next(g)
print(g.send(g))
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lineno - states.__code__.co_firstlineno)
print(next(g), next(g, "exhausted"), g.gi_suspended, g.gi_frame)


def counts():
    i = 0
    while i < 3:
        yield i
        i += 1
    return "ret"


g = counts()
print([next(g) for _ in range(3)])
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def backs():
    me = yield
    while True:
        f = me.gi_frame
        yield (f.f_code.co_name, f.f_back.f_code.co_name, f is sys._getframe())


def drive(g):
    return next(g)


g = backs()
next(g)
g.send(g)
print(next(g), drive(g), [x for _, x in zip(range(1), g)])
