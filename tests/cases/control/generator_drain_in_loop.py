"""Native consumers (set, list, tuple, sum) taking a generator's items inside the eval loop:
yield expressions that receive None, calls made from the drained frame, nested drains,
an exception handled around a yield, and errors raised between items."""
import sys
import traceback


def received():
    got = []
    for i in range(4):
        x = yield i
        got.append(x)
    yield tuple(got)


print(list(received()))


def helper(n):
    return sum(k * k for k in range(n))


def calls_inside(n):
    for i in range(n):
        yield helper(i) + len(set(j % 3 for j in range(i)))


print(list(calls_inside(6)), sum(calls_inside(6)), tuple(calls_inside(3)))


def handles(n):
    for i in range(n):
        try:
            if i % 2:
                raise ValueError(i)
            yield ("plain", i, sys.exc_info()[0])
        except ValueError:
            yield ("handling", i, sys.exc_info()[0].__name__)
    yield ("after", sys.exc_info()[0])


print(list(handles(4)))
print(sorted(set(map(str, handles(3)))))


def breaks(n):
    for i in range(n):
        yield i
        if i == 2:
            {}["missing"]


try:
    print(sum(breaks(5)))
except KeyError:
    print(traceback.format_exc().replace(__file__, "FILE"))


def stop_inside():
    yield 1
    next(iter(()))


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def frames():
    yield sys._getframe().f_back is None or sys._getframe().f_back.f_code.co_name
    yield sys._getframe(0).f_code.co_name


print(list(frames()), set(frames()))
