# `x.a.b` and `x.a.m()` of a local run as one quickened step when both sites' caches know the
# classes; a miss at either step must fall back to the instructions left in place, with the
# same results, errors, line numbers and reference counts.
import sys


class Leaf:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Node:
    def __init__(self, leaf):
        self.leaf = leaf


class Other:
    v = "class attr"

    def get(self):
        return "other.get"


class Prop:
    @property
    def v(self):
        return "property v"

    def __getattr__(self, name):
        return lambda: "getattr " + name


def chain(n):
    return n.leaf.v


def chain_call(n):
    return n.leaf.get()


nodes = [Node(Leaf(i)) for i in range(3)]
print([chain(n) for n in nodes], [chain_call(n) for n in nodes])

# The intermediate changes class: class attribute, property, __getattr__, a module.
mixed = [Node(Leaf(1)), Node(Other()), Node(Prop()), Node(sys), Node(Leaf(2))]
for n in mixed * 2:
    try:
        print(type(n.leaf).__name__, chain(n))
    except AttributeError as e:
        print("AttributeError:", e)
for n in mixed * 2:
    try:
        print(type(n.leaf).__name__, chain_call(n))
    except AttributeError as e:
        print("AttributeError:", e)

# The outer object changes class or loses the attribute.
class Loose:
    pass


lo = Loose()
lo.leaf = Leaf("loose")
print(chain(lo), chain_call(lo))
del lo.leaf
for f in (chain, chain_call):
    try:
        f(lo)
    except AttributeError as e:
        print("AttributeError:", e, "line", e.__traceback__.tb_next.tb_lineno)

# The inner attribute deleted, then set again; the method shadowed by an instance attribute.
n = Node(Leaf(5))
print(chain(n), chain(n))
del n.leaf.v
try:
    chain(n)
except AttributeError as e:
    print("AttributeError:", e)
n.leaf.v = "again"
print(chain(n), chain_call(n))
n.leaf.get = lambda: "shadowed"
print(chain_call(n), chain_call(n))

# Class attribute mutation invalidates the method step.
m = Node(Leaf(7))
print(chain_call(m))
Leaf.get = lambda self: "patched %r" % self.v
print(chain_call(m))
del Leaf.get
try:
    chain_call(m)
except AttributeError as e:
    print("AttributeError:", e)

# Reference counts: the intermediate is not leaked or over-released.
leaf = Leaf(object())
holder = Node(leaf)
other = Other()
oh = Node(other)
before = sys.getrefcount(leaf), sys.getrefcount(leaf.v), sys.getrefcount(other)
for _ in range(100):
    chain(holder)
    chain_call(oh)
    Other.k = 1  # a class attribute set: every cache entry refilled
for _ in range(100):
    holder.leaf.v
after = sys.getrefcount(leaf), sys.getrefcount(leaf.v), sys.getrefcount(other)
print([a - b for a, b in zip(after, before)])


def deep(n):
    total = 0
    for _ in range(3):
        total += n.leaf.v
        n.leaf.v += 1
    return total


print(deep(Node(Leaf(10))))
