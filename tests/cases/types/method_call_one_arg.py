# Methods of one argument called on a local with a local argument (LOAD_FAST, LOAD_METHOD,
# LOAD_FAST, CALL_METHOD 1: one quickened step when the cached method is list.append or a
# builtin with a fast entry): results used and discarded, subclasses with overrides, a method
# replaced on the class after the site ran, Python methods, unbound receiver and argument,
# unhashable keys, an __eq__ raising in remove, a traceback's line, refcounts, __del__ order.
import sys
import traceback


class L(list):
    pass


class LA(list):
    def append(self, x):
        print("LA.append", x)


class P:
    def append(self, x):
        return ("P.append", x)

    def add(self, x):
        return ("P.add", x)


def fill(target, items):
    for x in items:
        target.append(x)
    return target


def adds(s, items):
    out = []
    for x in items:
        r = s.add(x)
        out.append(r)
    return out


print(fill([], [1, 2]), fill(L(), [3]), fill(LA(), [4]), fill(bytearray(), [5]))
print(type(fill(P(), [6])).__name__)
print(adds(set(), [1, 1]), adds(P(), [2]))
L.append = lambda self, x: print("replaced", x)
print(fill(L(), [7]))
del L.append
print(fill(L(), [8]))


def gets(d, keys):
    return [d.get(k) for k in keys]


print(gets({"a": 1}, ["a", "b"]))


def errors():
    s = set()
    for key in ([1], {2: 3}):
        try:
            s.add(key)
        except TypeError as e:
            print("TypeError", e)

    class BadEq:
        def __hash__(self):
            return 1

        def __eq__(self, other):
            raise ValueError("bad eq")

    s.add(BadEq())
    b = BadEq()
    try:
        s.remove(b)
    except ValueError as e:
        print("ValueError", e)
    try:
        s.remove(b)
    except ValueError as e:
        print("ValueError again", e)


errors()


def unbound(flag):
    if flag:
        x = 1
    l = []
    try:
        l.append(x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        m.append(l)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    m = l
    m.append(l is m)
    return l


print(unbound(False), unbound(True))


def tb(s, k):
    n = 0
    return (n,
            s.remove(k))


try:
    tb(set(), 5)
except KeyError:
    lines = traceback.format_exc().replace(__file__, "FILE").splitlines()
    print("\n".join(line for line in lines if "line" in line or "Error" in line))


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def release():
    l = []
    d = D("item")
    l.append(d)
    del d
    print("appended")
    l.clear()
    print("cleared")


release()
x = object()
before = sys.getrefcount(x)
holder = []
for _ in range(3):
    holder.append(x)
print(sys.getrefcount(x) - before)
del holder
print(sys.getrefcount(x) - before)
