# Each case below, separated by "# ---" lines, must fail to compile with CPython 3.11's
# SyntaxError (message and position); errors.expected is made from it by regen.sh.
def f():
    x = 1
    global x
# ---
def f():
    print(x)
    global x
# ---
nonlocal x
# ---
def f():
    nonlocal y
# ---
def f(a):
    global a
# ---
def f(a, a):
    pass
# ---
def f(a):
    nonlocal a
# ---
return 1
# ---
break
# ---
continue
# ---
for x in y:
    def g():
        break
# ---
yield 1
# ---
await x
# ---
def f():
    await x
# ---
__debug__ = 1
# ---
del __debug__
# ---
f(x=1, x=2)
# ---
def f():
    x: int
    global x
# ---
def f():
    from os import *
# ---
[x for x in (y := [1])]
# ---
[i := 0 for i in range(3)]
# ---
class C:
    [(z := i) for i in range(3)]
# ---
[(yield x) for x in y]
# ---
try:
    pass
except:
    pass
except E:
    pass
# ---
match x:
    case a:
        pass
    case b:
        pass
# ---
match x:
    case _:
        pass
    case 1:
        pass
# ---
match x:
    case [a, a]:
        pass
# ---
match x:
    case [a] | [b]:
        pass
# ---
match x:
    case {"a": 1, "a": 2}:
        pass
# ---
match x:
    case C(a=1, a=2):
        pass
# ---
async def f():
    yield from x
# ---
async def f():
    yield 1
    return 2
# ---
def f():
    async with x:
        pass
# ---
def f():
    async for x in y:
        pass
# ---
def f():
    x = 1
    def g():
        nonlocal x
        global x
# ---
for x in y:
    try:
        pass
    except* E:
        break
# ---
def f():
    try:
        pass
    except* E:
        return 1
# ---
from x import y
from __future__ import annotations
# ---
from __future__ import braces
# ---
from __future__ import nope
# ---
def f():
    [x async for x in y]
# ---
a, *b, *c = d
