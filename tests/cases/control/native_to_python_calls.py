"""Python functions called from native code (map, sorted keys, dunders) run in frames reused
from a per-thread pool: frame objects and tracebacks keep their locals after the frame is
reused, errors in binding, recursion through native code, __code__ replaced during a call."""
import sys

kept = []


def key(x):
    local = x * 10
    kept.append(sys._getframe())
    return -x


print(sorted([3, 1, 2], key=key))
print([f.f_locals["local"] for f in kept])
print([f.f_back is None or f.f_back.f_code.co_name for f in kept][:1])


def fails(x):
    inner = x + 1
    raise ValueError(x)


tbs = []
for i in range(3):
    try:
        list(map(fails, [i]))
    except ValueError as e:
        tbs.append(e.__traceback__)
print([t.tb_next.tb_frame.f_locals["inner"] for t in tbs])


def two(a, b):
    return a + b


try:
    list(map(two, [1]))
except TypeError as e:
    print("TypeError:", e)
print(list(map(two, [1, 2], [3, 4])))


def kw_only(*, k):
    return k


try:
    sorted([1], key=kw_only)
except TypeError as e:
    print("TypeError:", e)


def rec(x):
    return sorted([x], key=rec)


try:
    rec(1)
except RecursionError as e:
    print("RecursionError:", e)


def swap(x):
    swap.__code__ = other.__code__
    return ("swap", x)


def other(x):
    return ("other", x)


print(list(map(swap, [1, 2])))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


print(Eq(1) in {Eq(1), Eq(2)}, Eq(3) == Eq(3))


def gen(x):
    yield x
    yield x + 1


print([list(g) for g in map(gen, [1, 5])])


def counts(a):
    return sys.getrefcount(a)


o = object()
print(list(map(counts, [o])) == [counts(o) + 1])
