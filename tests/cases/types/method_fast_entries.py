# Builtin methods with a CALL_METHOD fast entry (list.append, set.add/remove/discard,
# dict.get): results used and discarded (mid-body and at a loop's end), the guards failing
# (subclasses with overrides, foreign self, keywords, wrong counts, unhashable keys, keys with
# __eq__/__hash__, an __eq__ raising), refcounts and __del__ order.
import sys


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, Key) and self.v == other.v


class BadEq:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("bad eq")


def lists():
    l = []
    for i in range(3):
        l.append(i)
    r = l.append(9)
    print(l, r, l.append(10), l)
    show(lambda: l.append())
    show(lambda: l.append(1, 2))
    show(lambda: l.append(x=1))

    class L(list):
        def append(self, x):
            print("L.append", x)
            super().append(x * 2)

    m = L()
    for i in range(2):
        m.append(i)
    print(m)

    class P(list):
        pass

    p = P()
    p.append(5)
    print(p, type(p).__name__)

    class Foreign:
        append = list.append

    show(lambda: Foreign().append(1))
    a = list.append
    a(l, 11)
    print(l[-1])
    x = object()
    before = sys.getrefcount(x)
    l.append(x)
    print(sys.getrefcount(x) - before)
    l.pop()
    print(sys.getrefcount(x) - before)


def sets():
    s = set()
    for i in range(4):
        s.add(i)
        s.remove(i)
    for i in range(4):
        s.add(i)
    print(sorted(s), s.add(1), s.discard(7), s.remove(0))
    show(lambda: s.remove(99))
    show(lambda: s.remove("nope"))
    show(lambda: s.add([]))
    show(lambda: s.discard([]))
    show(lambda: s.remove([]))
    show(lambda: s.add())
    show(lambda: s.add(1, 2))
    show(lambda: s.discard(x=1))
    s.add(frozenset({1}))
    s.discard({1})
    print(sorted(map(str, s)))
    t = set()
    t.add(Key(1))
    t.add(Key(1))
    t.discard(Key(2))
    t.remove(Key(1))
    print(len(t))
    b = {BadEq()}
    show(lambda: b.remove(BadEq()))
    show(lambda: b.add(BadEq()))
    show(lambda: frozenset().add(1))

    class S(set):
        def add(self, x):
            print("S.add", x)

    u = S()
    for i in range(2):
        u.add(i)
    print(len(u))

    class Foreign:
        add = set.add

    show(lambda: Foreign().add(1))
    for i in range(2):
        s.discard(D("loop-end"))
    print("after loop")
    s.discard(D("mid"))
    print("after mid")
    k = "some key"
    before = sys.getrefcount(k)
    s.add(k)
    s.remove(k)
    print(sys.getrefcount(k) - before)


def dicts():
    d = {"a": 1, 2: "two"}
    print(d.get("a"), d.get("b"), d.get("b", 0), d.get(2, None), d.get(3.0, "f"))
    for k in ("a", "z"):
        d.get(k)
    show(lambda: d.get())
    show(lambda: d.get(1, 2, 3))
    show(lambda: d.get("a", default=0))
    show(lambda: d.get([]))

    class M(dict):
        def __missing__(self, key):
            return "missing"

    m = M(a=1)
    print(m.get("a"), m.get("b"), m.get("b", 5))

    class G(dict):
        def get(self, key, default=None):
            return ("G.get", key, default)

    g = G()
    print(g.get(1), g.get(1, 2))

    class Foreign:
        get = dict.get

    show(lambda: Foreign().get(1))
    e = {Key(1): "k"}
    print(e.get(Key(1)), e.get(Key(2), "no"))
    f = {BadEq(): 1}
    show(lambda: f.get(BadEq()))
    class SK(str):
        def __eq__(self, other):
            print("SK.eq", other)
            return str.__eq__(self, other)

        __hash__ = str.__hash__

    h = {SK("ab"): 1, "cd": 2}
    print(h.get("ab"), h.get("cd"), h.get("zz", 0), h.get(SK("cd"), 3), h.get(SK("ab")))
    for k in ("ab", "cd"):
        print(h.get(k, -1))
    v = object()
    d["v"] = v
    before = sys.getrefcount(v)
    w = d.get("v")
    print(sys.getrefcount(v) - before, w is v)
    del w
    print(sys.getrefcount(v) - before)


lists()
sets()
dicts()
