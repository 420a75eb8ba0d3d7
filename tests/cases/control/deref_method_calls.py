# Methods called on free and cell variables (LOAD_DEREF then LOAD_METHOD, one quickened step
# when the method cache knows the method): builtin and Python methods, the cell's contents
# changing type, an instance attribute shadowing the method, a method replaced on the class,
# an empty cell, and refcounts.
import sys


class C:
    def m(self, x):
        return ("C.m", x)


class D(C):
    def m(self, x):
        return ("D.m", x)


def outer(target):
    def call(x):
        return target.m(x)

    def swap(v):
        nonlocal target
        target = v

    return call, swap


call, swap = outer(C())
print([call(i) for i in range(3)])
swap(D())
print(call(3))
o = C()
o.m = lambda x: ("own", x)
swap(o)
print(call(4))
swap(C())
C.m = lambda self, x: ("replaced", x)
print(call(5))


def builtin_receivers():
    items = []
    seen = set()
    counts = {}

    def add(x):
        items.append(x)
        seen.add(x % 3)
        counts[x % 2] = counts.get(x % 2, 0) + 1
        return len(items)

    for i in range(6):
        add(i)
    seen.remove(0)
    return items, seen, counts


print(builtin_receivers())


def cell_receiver():
    s = "  padded  "
    words = [s.strip() for _ in range(2)]
    s = b"  bytes  "
    words.append(s.strip())
    return words


print(cell_receiver())


def empty_cell():
    def inner():
        return late.upper()

    try:
        inner()
    except NameError as e:
        print("NameError", e)
    late = "now"
    return inner()


print(empty_cell())


def deleted_cell():
    v = [1]

    def inner():
        return v.copy()

    first = inner()
    del v
    try:
        inner()
    except NameError as e:
        print("NameError", e)
    return first


print(deleted_cell())


def refcounts():
    x = object()
    holder = []
    before = sys.getrefcount(x)

    def push():
        holder.append(x)

    for _ in range(4):
        push()
    after = sys.getrefcount(x) - before
    holder.clear()
    return after, sys.getrefcount(x) - before


print(refcounts())
