# The eval loop's own instruction index and its fast arms: unpacking, jumps, line numbers.
import sys


class T(tuple):
    def __iter__(self):
        return iter(("sub", "class"))


class L(list):
    def __iter__(self):
        yield "own"
        yield "iter"


a, b = (1, 2)
print(a, b)
a, b, c = [3, 4, 5]
print(a, b, c)
a, b = T((9, 9))
print(a, b)
a, b = L([0, 0, 0])
print(a, b)
a, b = "xy"
print(a, b)
a, b = {7: 0, 8: 0}
print(a, b)
for bad in [(1, 2, 3), [1], (), "abc", 5]:
    try:
        a, b = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
pairs = [((1.0, 2.0), [3, 4]), ((5.0, 6.0), [7, 8])]
for (x, y), [p, q] in pairs:
    print(x + y, p * q)


def lines():
    here = sys._getframe()
    first = here.f_lineno
    x = 0
    while x < 3:
        x += 1
    second = here.f_lineno
    return second - first, here.f_lasti > 0


print(lines())


def raises_at_line():
    total = 0
    for i in range(5):
        total += i
    return total / 0


try:
    raises_at_line()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print("line offset", tb.tb_lineno - raises_at_line.__code__.co_firstlineno)


def gen():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
    yield from [10, 11]


print(list(gen()))
g = gen()
print(next(g), next(g))
print(g.throw(KeyError, "k") if False else next(g))
print(list(g))


def nested_jumps(n):
    out = []
    i = 0
    while True:
        i += 1
        if i % 2 == 0:
            continue
        if i > n:
            break
        out.append(i)
    else:
        out.append("never")
    return out


print(nested_jumps(9))


def caller_line():
    return sys._getframe(1).f_lineno


def calls_here():
    a = 1
    b = caller_line()
    return b - sys._getframe().f_code.co_firstlineno


print(calls_here())

for bad in [None, 1.5, object()]:
    try:
        a, *b = bad
    except TypeError as e:
        print(str(e).replace(hex(id(bad)), "ID"))


class Bad:
    def __iter__(self):
        raise TypeError("from __iter__")


try:
    a, b = Bad()
except TypeError as e:
    print(e)
