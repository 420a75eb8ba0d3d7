# `self.x` reads and `self.x = v` stores of a local's attribute run as one quickened step when
# the site's cache knows the class; every guard failing must fall back to the full protocol.
import sys


class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def total(self):
        return self.x + self.y

    def bump(self, by):
        self.x = self.x + by
        return self.x


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


ps = [P(i) for i in range(4)]
print([p.total() for p in ps], [p.bump(10) for p in ps])

# Sites seen by several classes (more than the cache's ways), then the first class again.
classes = [type("K%d" % i, (), {}) for i in range(6)]
objs = []
for i, k in enumerate(classes):
    o = k()
    o.x = i
    objs.append(o)
print([read_x(o) for o in objs], [read_x(o) for o in objs])
for o in objs:
    write_x(o, -read_x(o))
print([read_x(o) for o in objs])

# The instance's dict made real (`__dict__`), mutated directly, through `vars`, `setattr`.
p = ps[0]
d = p.__dict__
d["x"] = "from dict"
print(read_x(p), p.total.__name__)
vars(p).update(x="vars update", z=3)
print(read_x(p), p.z)
setattr(p, "x", "setattr")
print(read_x(p))
write_x(p, "stored")
print(d["x"])
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)
write_x(p, "again")
print(read_x(p), list(d))

# A class attribute read through an instance without the attribute, then shadowed.
class Q:
    x = "class x"

q = Q()
print(read_x(q))
q.x = "instance x"
print(read_x(q))
del q.x
print(read_x(q))

# `__getattr__` and `__getattribute__` defined after the site was cached.
class R:
    pass

r = R()
r.x = 1
print(read_x(r))
del r.x
R.__getattr__ = lambda self, name: "getattr " + name
print(read_x(r))
r.x = 5
R.__getattribute__ = lambda self, name: "getattribute " + name
print(read_x(r))
del R.__getattribute__
print(read_x(r))

# `__setattr__` defined later, then a data descriptor, then removed.
class S:
    pass

s = S()
write_x(s, 1)
write_x(s, 2)
S.__setattr__ = lambda self, name, v: print("setattr", name, v)
write_x(s, 3)
del S.__setattr__
S.x = property(lambda self: "prop", lambda self, v: print("prop set", v))
write_x(s, 4)
print(read_x(s))
del S.x
print(read_x(s))

# `__class__` assignment between reads and stores.
class A:
    def __init__(self):
        self.x = "A.x"

class B:
    x = "B class x"

a = A()
print(read_x(a))
a.__class__ = B
print(read_x(a))
write_x(a, "B instance x")
print(read_x(a), type(a).__name__)

# `__slots__` (member descriptors) at the same sites.
class T:
    __slots__ = ("x",)

t = T()
write_x(t, "slot")
print(read_x(t))
del t.x
try:
    read_x(t)
except AttributeError as e:
    print("AttributeError:", e)

# A local that is unbound, and errors on a continuation line of a multi-line expression.
def unbound():
    if False:
        o = None
    return o.x

try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def multiline(o):
    return (
        o
        .missing
    )

try:
    multiline(P(1))
except AttributeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("AttributeError:", e, "line", tb.tb_lineno - multiline.__code__.co_firstlineno)

# A store that releases the old value: its `__del__` sees the storing line.
class Noisy:
    def __del__(self):
        f = sys._getframe(1)
        print("del in", f.f_code.co_name, "line", f.f_lineno - f.f_code.co_firstlineno)

def replace(o):
    o.x = 1
    o.x = (
        2
    )

holder = P(0)
replace(holder)
holder.x = Noisy()
replace(holder)
print(holder.x)

# `o.m()` of a local: plain methods, an instance attribute shadowing one, ints, unbound locals.
def call_total(o):
    return o.total()

def call_bit_length(n):
    return n.bit_length()

fresh = [P(i) for i in range(3)]
print([call_total(p) for p in fresh])
fresh[1].total = lambda: "instance total"
print([call_total(p) for p in fresh])
del fresh[1].total
print(call_total(fresh[1]), [call_bit_length(n) for n in (1, 255, 2**70, True)])

def unbound_method():
    if False:
        o = None
    return o.total()

try:
    unbound_method()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
