"""set.add/remove/discard with native keys taken directly, and every guard's other path."""
import sys


def churn():
    s = set()
    for i in range(40):
        s.add(i)
        s.add(i)
        s.add(str(i))
    for i in range(0, 40, 3):
        s.remove(i)
        s.discard(str(i))
        s.discard(i)
    print(sorted(x for x in s if isinstance(x, int))[:10], len(s))


churn()

s = {1.0, "a"}
s.add(1)
print(s == {1.0, "a"}, [type(x).__name__ for x in sorted(s, key=str)])
s.remove(1)
print(s)
try:
    s.remove(2)
except KeyError as e:
    print("KeyError", repr(e))
try:
    s.remove("b")
except KeyError as e:
    print("KeyError", repr(e))
s.discard("zz")
print(s)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


k = {Key(1)}
k.add(Key(1))
k.add(Key(2))
k.remove(Key(2))
k.discard(Key(3))
try:
    k.remove(Key(4))
except KeyError as e:
    print("KeyError", e)
print(k)


class S(str):
    def __hash__(self):
        print("S.hash")
        return hash(str(self))


t = {"x"}
t.add(S("x"))
t.remove(S("x"))
print(t)

for bad in ([], {}, set()):
    try:
        set().add(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    {frozenset()}.remove(set())
    print("removed set() as frozenset")
except TypeError as e:
    print("TypeError", e)
for call in (lambda: set().add(), lambda: set().add(1, 2), lambda: set().remove(),
             lambda: set().discard(1, 2), lambda: set().add(x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


class Logged(set):
    def add(self, x):
        print("Logged.add", x)
        super().add(x)

    def remove(self, x):
        print("Logged.remove", x)
        super().remove(x)


g = Logged()
g.add(5)
g.remove(5)
print(g, type(g).__name__)

# Unbound calls on the wrong self and on a frozenset.
for call in (lambda: set.add(frozenset(), 1), lambda: set.add([], 1), lambda: set.remove({1}, 2)):
    try:
        call()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)


class Dying:
    def __del__(self):
        print("del at line", sys._getframe(1).f_lineno)


def drop_results():
    items = [Dying()]
    items.pop()
    print("after pop")
    d = {1: Dying()}
    d.pop(1)
    print("after dict pop")
    v = set()
    v.add(3)
    print(v.add(4), sorted(v))


drop_results()


def line_of_error():
    s = set()
    s.remove(
        99
    )


try:
    line_of_error()
except KeyError:
    tb = sys.exc_info()[2]
    while tb.tb_next:
        tb = tb.tb_next
    print("KeyError at line", tb.tb_lineno - line_of_error.__code__.co_firstlineno)

x = object()
big = set()
before = sys.getrefcount(x)
big.add(x)
big.add(x)
print(sys.getrefcount(x) - before)
big.remove(x)
print(sys.getrefcount(x) - before)
n = 10**30
r0 = sys.getrefcount(n)
big.add(n)
big.discard(n)
print(sys.getrefcount(n) - r0)


class Within(set):
    def __contains__(self, x):
        print("Within.__contains__", x)
        return True


print(5 in Within(), 5 not in Within(), 5 in {5}, 5 not in frozenset({5}), "a" in {S("a")})
try:
    [] in {1}
except TypeError as e:
    print("TypeError", e)
print(set() in {frozenset()}, Key(1) in {Key(1)})
