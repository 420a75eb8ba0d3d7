"""Cell and free variables read and written through their frame slots (LOAD_DEREF,
STORE_DEREF, LOAD_CLOSURE, DELETE_DEREF, LOAD_CLASSDEREF) and their error paths."""
import types


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


# Cells of arguments: an argument captured by an inner function, with locals before and after.
def args_captured(a, b, c=3, *rest, k=5, **kw):
    before = 1

    def inner():
        return a, b, c, rest, k, kw, before, after

    after = 2
    return inner


print(args_captured(10, 20)())
print(args_captured(10, 20, 30, 40, k=6, z=7)())


# nonlocal writes, from a nested function and from the defining one.
def counter():
    n = 0

    def bump(by=1):
        nonlocal n
        n += by
        return n

    bump()
    bump(5)
    n *= 10
    return bump, lambda: n


bump, peek = counter()
print(bump(), peek(), bump(2), peek())


# del of a cell variable: read after del in the owner (UnboundLocalError) and in the inner
# function (NameError), store again, del twice.
def deleted():
    x = 1

    def get():
        return x

    print("before del", get())
    del x
    show("inner after del", get)
    try:
        print(x)
    except UnboundLocalError as e:
        print("owner after del", e)
    try:
        del x
    except UnboundLocalError as e:
        print("del twice", e)
    x = 2
    print("stored again", get())


deleted()


def nonlocal_del():
    y = "y"

    def kill():
        nonlocal y
        del y

    kill()
    try:
        kill()
    except NameError as e:
        print("nonlocal del twice", type(e).__name__, e)
    try:
        return y
    except UnboundLocalError as e:
        return "owner read: " + str(e)


print(nonlocal_del())


def never_bound():
    def get():
        return z

    show("free before binding", get)
    z = 0
    return get()


print(never_bound())


# A closure that calls itself through its own cell, with deep and shallow recursion.
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)

    return fact


fact = make_fact()
print(fact(1), fact(10), fact(30))
print([c.cell_contents is fact for c in fact.__closure__])


# __closure__ and cell_contents: sharing, empty cells, writes seen through the cell.
def shared():
    v = [1]

    def a():
        return v

    def b():
        nonlocal v
        v = v + [len(v) + 1]

    return a, b


a, b = shared()
print(a.__closure__[0] is b.__closure__[0], a.__closure__[0].cell_contents)
b()
print(a(), a.__closure__[0].cell_contents)
a.__closure__[0].cell_contents = "set from outside"
print(a())
del a.__closure__[0].cell_contents
show("after cell_contents del", a)
show("cell_contents of empty", lambda: a.__closure__[0].cell_contents)
print(type(a.__closure__[0]).__name__, args_captured.__closure__, fact.__code__.co_freevars)


# Generators and comprehensions over closure variables.
def gen_closure(limit):
    step = 2

    def gen():
        nonlocal step
        i = 0
        while i < limit:
            yield i
            i += step
            step += 1

    items = list(gen())
    squares = [x * step for x in items]
    by_key = {x: limit - x for x in items if x != step}
    return items, squares, by_key, step, sorted({x % step for x in range(limit)})


print(gen_closure(20))


def lambdas_in_loop():
    fs = [lambda i=i: i * k for i in range(3)]
    k = 10
    return [f() for f in fs]


print(lambdas_in_loop())


# LOAD_CLASSDEREF: a class body reading a free variable, shadowed or not by its own names.
def classes():
    x = "outer x"
    y = "outer y"

    class C:
        y = "class y"
        a = x
        b = y

        def m(self):
            return x, y

    class D:
        locals()["x"] = "from locals"
        seen = x

    return C.a, C.b, C().m(), D.seen


print(classes())


def class_unbound():
    class E:
        try:
            v = w
        except NameError as e:
            v = str(e)

    w = 1
    return E.v


print(class_unbound())


# Frame locals with cells: f_locals and locals() show bound cell and free variables.
import sys


def frame_locals(p):
    q = p + 1
    cellv = "cell"

    def inner():
        r = q
        return sorted(locals().items())

    out = inner()
    del cellv
    return out, sorted(k for k in locals())


print(frame_locals(1))


# A finished frame's f_locals (from a traceback) shows its free variables' values.
def finished_frame(a):
    b = a * 2

    def inner(c):
        d = b + c
        raise ValueError(d)

    try:
        inner(1)
    except ValueError as e:
        return sorted(e.__traceback__.tb_next.tb_frame.f_locals.items())


print(finished_frame(5))


# A function whose __code__ is swapped for code with as many free variables but another
# number of locals: the cells' frame slots follow the code that runs.
def template():
    t = "template"
    return lambda: t


def other_template():
    u = "other"

    def g(a=1, b=2):
        c = a + b
        return u, c

    return g


f = template()
g = other_template()
print(f(), g(), f.__closure__[0].cell_contents, types.CellType("made").cell_contents)
f.__code__, g.__code__ = g.__code__, f.__code__
print(f(3, 4), g())
show("cell() with two", lambda: types.CellType(1, 2))
show("cell() keywords", lambda: types.CellType(x=1))
empty = types.CellType()
show("empty cell", lambda: empty.cell_contents)


# Many cells (operands above 255 need EXTENDED_ARG before the quickened slot).
src = "def big():\n" + "".join(f"    v{i} = {i}\n" for i in range(300))
src += "    def inner():\n        return " + " + ".join(f"v{i}" for i in range(300)) + "\n"
src += "    v299 = -1\n    return inner\n"
ns = {}
exec(src, ns)
print(ns["big"]()())
