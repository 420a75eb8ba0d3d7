"""The exc_info chain through generators: a new error raised in a generator while its caller
handles one gets the caller's as its __context__; a generator's own handled exception wins
over its caller's and is kept across yields; the caller's is not kept as the generator's."""
import sys


def raises_new():
    yield 1
    raise KeyError("in generator")


g = raises_new()
next(g)
try:
    raise ValueError("caller")
except ValueError:
    try:
        next(g)
    except KeyError as e:
        print("context:", repr(e.__context__))


def own_and_caller():
    try:
        raise TypeError("own")
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


g = own_and_caller()
try:
    raise IndexError("caller")
except IndexError:
    print(next(g), sys.exc_info()[0].__name__)
print(next(g), sys.exc_info()[0])
try:
    raise OSError("caller 2")
except OSError:
    print(next(g), sys.exc_info()[0].__name__)


def sees_then_not():
    while True:
        yield sys.exc_info()[0]


g = sees_then_not()
try:
    raise IndexError("first caller")
except IndexError:
    print(next(g))
print(next(g))
try:
    raise NameError("second caller")
except NameError:
    print(next(g))
print(next(g))


def for_inside_except():
    for i in range(2):
        yield (i, sys.exc_info()[0])


try:
    raise ZeroDivisionError
except ZeroDivisionError:
    print([x for x in for_inside_except()], list(for_inside_except()))
    for x in for_inside_except():
        print("loop", x)
