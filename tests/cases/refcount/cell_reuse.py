"""Cells made and freed many times (a function with a cell variable called in a loop): a
freed cell releases its contents at once, and a cell made afterwards starts empty or with
exactly the value given, whether it is new or reused."""
import gc
import sys
import types


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def capture(v):
    def get():
        return v

    return get


getters = [capture(Noisy(i)) for i in range(3)]
print([g().name for g in getters])
print("drop one")
del getters[1]
print("drop all")
getters.clear()
print("after clear")

for i in range(200):
    g = capture(i)
    assert g() == i and g.__closure__[0].cell_contents == i
print("200 made and freed, last", g())
fresh = types.CellType()
try:
    fresh.cell_contents
except ValueError as e:
    print("fresh cell:", e)
held = types.CellType([])
print("refcount of contents", sys.getrefcount(held.cell_contents))


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    return bump


b1, b2 = counter(), counter()
print(b1(), b1(), b2(), b1.__closure__[0] is b2.__closure__[0])

# A cycle through a cell (a closure that refers to itself), with a __del__ in it.
gc.collect()


def recursive(tag):
    marker = Noisy(tag)

    def again(n):
        return marker.name if n == 0 else again(n - 1)

    return again


r = recursive("cycle")
print(r(3))
del r
print("collected", gc.collect() > 0)
r = recursive("second")
print(r(1))
del r
print("collected", gc.collect() > 0)
print("end")
