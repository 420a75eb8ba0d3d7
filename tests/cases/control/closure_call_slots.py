"""Frames of closures called inline: free-variable slots pushed from the closure, beside
arguments, defaults, cell variables (an argument captured as a cell) and locals."""
import sys


def make(n):
    total = 0
    seen = []

    def place(row, step=1, *, label=None):
        return row

    def walk(row, step=1):
        nonlocal total
        local = row * 10
        if row >= n:
            seen.append((row, step, local))
            return total
        total += row
        return walk(row + step)

    def captures(a, b=2):
        # `a` is an argument captured as a cell by `inner`; `b` is a plain local.
        def inner():
            return a + b + n

        a += 1
        return inner()

    def many(x):
        return (x, n, total, len(seen), place(x), walk is not None)

    return walk, captures, many, seen


walk, captures, many, seen = make(4)
print(walk(0), walk(1, 2), seen)
print(captures(1), captures(5, 10))
print(many(7))


# Recursion through a closure's own cell, deep enough to reuse parked frames.
def outer(depth):
    calls = [0]

    def rec(k):
        calls[0] += 1
        if k == 0:
            return sys._getframe().f_code.co_freevars
        return rec(k - 1)

    names = rec(depth)
    return names, calls[0]


print(outer(3))
print(outer(150))


# A closure's frame object outliving its call keeps its free variables.
def keeper():
    secret = "kept"

    def f():
        return sys._getframe(), secret

    return f


fr, val = keeper()()
print(val, sorted(fr.f_locals.items()), fr.f_code.co_freevars)


# A closure that raises: the traceback's line, and its free variable still readable after.
def failing():
    d = {}

    def g(k):
        return d[k]

    return g


g = failing()
try:
    g("missing")
except KeyError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("KeyError", e, tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno)


# Assigning a code object with another number of free variables is refused.
def one():
    a = 1

    def h():
        return a

    return h


def two():
    a = b = 1

    def h():
        return a + b

    return h


h1, h2 = one(), two()
try:
    h1.__code__ = h2.__code__
except ValueError as e:
    print("ValueError", e)
print(h1(), h2())
