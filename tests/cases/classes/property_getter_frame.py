# A property whose getter is a plain Python function runs it as a frame of the eval loop
# (CPython 3.12's `LOAD_ATTR_PROPERTY`): results, errors with their traceback lines, getters
# that take defaults, generators, closures and `*args`, recursion, a getter replaced or
# deleted later, a property subclass overriding `__get__`, a class given `__getattr__` later,
# `sys._getframe` and `f_back` from inside the getter, and `__class__` assignment.
import sys
import traceback


class Point:
    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2

    @property
    def fails(self):
        return self.x / 0

    @property
    def missing(self):
        raise AttributeError("no missing here")

    @property
    def defaulted(self, extra=10):
        return self.x + extra

    @property
    def gen(self):
        yield self.x

    @property
    def star(*args):
        return len(args)

    @property
    def caller(self):
        return sys._getframe(1).f_code.co_name, sys._getframe().f_code.co_name

    @property
    def deep(self):
        return self.deep


def read(o, which):
    if which == "double":
        return o.double
    if which == "fails":
        return o.fails
    if which == "missing":
        return o.missing
    if which == "defaulted":
        return o.defaulted
    if which == "gen":
        return list(o.gen)
    if which == "star":
        return o.star
    if which == "caller":
        return o.caller
    return o.deep


def attempt(o, which):
    try:
        return read(o, which)
    except RecursionError:
        return "RecursionError"
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


p = Point(3)
for _ in range(3):
    print([attempt(p, w) for w in ("double", "fails", "missing", "defaulted", "gen", "star")])
    print(attempt(p, "caller"), attempt(p, "deep"))

for _ in range(2):
    try:
        read(p, "fails")
    except ZeroDivisionError:
        lines = traceback.format_exc().replace(__file__, "FILE").splitlines()
        print("\n".join(lines))


def total(objs):
    s = 0
    for o in objs:
        s += o.double
    return s


print(total([Point(i) for i in range(10)]))


class Sub(Point):
    pass


print(total([Sub(i) for i in range(5)] + [Point(1)]))

# The getter replaced, then the property replaced by a plain attribute, then deleted.
Point.double = property(lambda self: -self.x)
print(total([Point(i) for i in range(4)]))
Point.double = 7
print(total([Point(i) for i in range(4)]))
del Point.double
print(attempt(Point(1), "double"))


class Q(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return "Q.__get__"


class UsesQ:
    @Q
    def double(self):
        return "getter"


class UsesR:
    @type("R", (property,), {})
    def double(self):
        return "R getter"


class LateFallback:
    @property
    def missing(self):
        raise AttributeError("late")


for _ in range(3):
    print(attempt(UsesQ(), "double"), attempt(UsesR(), "double"))
for i in range(3):
    if i == 1:
        LateFallback.__getattr__ = lambda self, name: "__getattr__ " + name
    print(attempt(LateFallback(), "missing"))


class Other:
    @property
    def double(self):
        return "Other"


o = Point(5)
for i in range(3):
    if i == 1:
        o.__class__ = Other
    print(attempt(o, "double"))


# Threads switching while getters run as frames.
import threading


class Counter:
    def __init__(self):
        self.n = 0

    @property
    def next(self):
        self.n += 1
        return self.n


def work(c, out):
    s = 0
    for _ in range(20000):
        s += c.next - c.n
    out.append((s, c.n))


out = []
ts = [threading.Thread(target=work, args=(Counter(), out)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
