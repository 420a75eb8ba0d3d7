# `x.a <op> G` (a local's attribute, a global, then a comparison or an arithmetic operator) is
# fused when the attribute and the global are cached small ints: every other attribute kind and
# value, globals rebound or deleted, and each use of the result must behave as the plain code.
HELD = 4
SUSPENDED = 2
LIMIT = 3


class Task:
    def __init__(self, state):
        self.state = state

    def is_held(self):
        return self.state == HELD

    def held_bit(self):
        return (self.state & HELD) != 0

    def mark(self):
        self.state = self.state | HELD
        return self.state

    def below(self):
        if self.state < LIMIT:
            return "below"
        return "not below"

    def either(self):
        return self.state == HELD or self.state == SUSPENDED


class Slotted:
    __slots__ = ("state",)

    def __init__(self, state):
        self.state = state


class Prop:
    @property
    def state(self):
        print("Prop.state")
        return 4


class Lazy:
    def __getattr__(self, name):
        print("Lazy.__getattr__", name)
        return 2


class ClassLevel:
    state = 4


class Eq(int):
    def __eq__(self, other):
        print("Eq.__eq__", int(self), other)
        return True

    __hash__ = int.__hash__


def probe(t):
    out = []
    for f in (Task.is_held, Task.held_bit, Task.below, Task.either):
        try:
            out.append(f(t))
        except (AttributeError, NameError) as e:
            out.append(f"{type(e).__name__}: {e}")
        except TypeError:
            out.append("TypeError")
    return out


for s in range(6):
    t = Task(s)
    print(s, probe(t), t.mark(), probe(t))

for s in (2.0, 4.0, "s", None, 2**70, Eq(7), True):
    print(repr(s), probe(Task(s)))

for obj in (Slotted(4), Slotted(1), Prop(), Lazy(), ClassLevel()):
    print(type(obj).__name__, probe(obj))

t = Task(4)
del t.state
print(probe(t))
t.state = 2
print(probe(t))
t.__dict__["state"] = 4
print(probe(t))
t.__class__ = ClassLevel
print(probe(t))

for g in (2, 4.0, 2**70, "x", Eq(1), None):
    HELD = SUSPENDED = LIMIT = g
    print(repr(g), probe(Task(4)), probe(Task(2)))
HELD, SUSPENDED, LIMIT = 4, 2, 3
del HELD
print(probe(Task(4)))
HELD = 4
print(probe(Task(4)))


def count(t, n):
    hits = 0
    for i in range(n):
        if t.state == HELD:
            hits += 1
        t.state = (t.state + 1) % 8
    return hits


print(count(Task(0), 100))
