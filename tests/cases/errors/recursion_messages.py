# Which check trips the recursion limit decides the message, as in CPython 3.11.
import sys
def show(label, f):
    try:
        f()
    except RecursionError as e:
        print(label, "->", e)
def forever(n): return forever(n + 1)
show("plain", lambda: forever(0))
class C:
    def __init__(self): C()
show("class init", C)
class K:
    def __call__(self): return self()
show("instance call", K())
class R:
    def __repr__(self): return repr(self)
show("repr", lambda: repr(R()))
class S:
    def __str__(self): return str(self)
show("str", lambda: str(S()))
class E:
    def __eq__(self, o): return self == o
show("eq", lambda: E() == E())
class L:
    def __lt__(self, o): return self < o
show("lt", lambda: L() < L())
class G:
    def __getattr__(self, n): return self.missing
show("getattr", lambda: G().x)
class P:
    @property
    def p(self): return self.p
show("property", lambda: P().p)
class H:
    def __hash__(self): return hash(self)
show("hash", lambda: hash(H()))
class I:
    def __iter__(self): return iter(self)
show("iter", lambda: iter(I()))
class A:
    def __add__(self, o): return self + o
show("add", lambda: A() + 1)
class Ln:
    def __len__(self): return len(self)
show("len", lambda: len(Ln()))
def gen():
    yield from gen()
show("gen", lambda: list(gen()))
deep = []
for _ in range(100000): deep = [deep]
show("deep repr", lambda: repr(deep))
show("deep eq", lambda: deep == deep[0])
show("deep str", lambda: str(deep))
d = {}
for _ in range(100000): d = {1: d}
show("deep dict repr", lambda: repr(d))
t = ()
for _ in range(100000): t = (t,)
show("deep tuple repr", lambda: repr(t))
show("deep tuple hash", lambda: hash(t))
import functools
show("map", lambda: functools.reduce(lambda a, b: a, range(3)))
def rec_sorted(x): return sorted([1,2], key=lambda k: rec_sorted(x))
show("sorted key", lambda: rec_sorted(0))
def rec_map(x): return list(map(rec_map, [x]))
show("map rec", lambda: rec_map(0))
