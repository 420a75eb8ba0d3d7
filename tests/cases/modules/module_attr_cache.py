# Module attribute reads through the LOAD_ATTR/LOAD_METHOD module cache: a global rebound,
# deleted, added later, a module __getattr__, __class__ assignment, a non-module at the same
# site, and sys.modules-style module objects built at run time.
import math
import sys
import types


def read_pi(m):
    return m.pi


def call_floor(m, x):
    return m.floor(x)


mod = types.ModuleType("mod")
mod.pi = 3
mod.floor = lambda x: "mine"
for _ in range(3):
    print(read_pi(math), read_pi(mod), call_floor(math, 2.5), call_floor(mod, 2.5))

mod.pi = 4
print(read_pi(mod))
del mod.pi
try:
    read_pi(mod)
except AttributeError as e:
    print("AttributeError:", e, e.name, e.obj is mod)
mod.__getattr__ = lambda name: "from __getattr__ " + name
print(read_pi(mod))
mod.pi = 5
print(read_pi(mod))
mod.__dict__["pi"] = 6
print(read_pi(mod))
mod.__dict__.clear()
try:
    read_pi(mod)
except AttributeError as e:
    print("AttributeError:", e)


class Sub(types.ModuleType):
    @property
    def pi(self):
        return "property wins"


m2 = types.ModuleType("m2")
m2.pi = 7
print(read_pi(m2), read_pi(m2))
m2.__class__ = Sub
print(read_pi(m2), read_pi(m2))


class NotModule:
    pi = "class attr"


for obj in (math, NotModule(), math, m2, types.SimpleNamespace(pi="ns"), math):
    print(read_pi(obj))

g = globals()
me = sys.modules[__name__]


def read_own():
    return me.counter


counter = 0
for k in range(4):
    counter = k * 10
    print(read_own())
del counter
try:
    read_own()
except AttributeError as e:
    print("AttributeError:", e)
try:
    math.no_such_name
except AttributeError as e:
    print("AttributeError:", e, e.name)
print(read_pi(math) == math.pi, type(math).__name__)
