"""Bound methods compare by identity of __self__ and equality of __func__ (3.8+)."""


class C:
    def m(self):
        pass

    def n(self):
        pass


c = C()
d = C()
print(c.m == c.m, c.m != c.m)
print(c.m == d.m, c.m != d.m)
print(c.m == c.n, c.m == C.m)
print({c.m: 1}[c.m])
print(c.m in [c.m], c.m in {c.m}, c.m in (d.m,))
print(hash(c.m) == hash(c.m), hash(c.m) == hash(C.m) ^ object.__hash__(c))
print(c.m.__eq__(c.m), c.m.__ne__(c.m), c.m.__eq__(1), c.m.__ne__("x"))
print(type(c.m).__eq__(c.m, d.m), type(c.m).__hash__(c.m) == hash(c.m))
try:
    c.m < c.m
except TypeError as e:
    print("TypeError:", e)


class E:
    """A self whose own __eq__ and __hash__ must not be consulted."""

    def __eq__(self, other):
        print("E.__eq__ called")
        return True

    def __hash__(self):
        print("E.__hash__ called")
        return 42

    def m(self):
        pass


e1, e2 = E(), E()
print(e1.m == e2.m, e1.m == e1.m)
print(hash(e1.m) == hash(E.m) ^ object.__hash__(e1))


class L(list):
    def m(self):
        pass


lst = L()
print(hash(lst.m) == hash(lst.m), lst.m == lst.m, L().m == L().m)


class F:
    """A callable whose equality is by value: bound methods use it for __func__."""

    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, F) and self.k == other.k

    def __hash__(self):
        return hash(self.k)

    def __call__(self, *a):
        return self.k


class W:
    f1 = classmethod(F(1))
    g1 = classmethod(F(1))
    f2 = classmethod(F(2))


print(type(W.f1).__name__, W.f1 == W.g1, W.f1 == W.f2, W.f1 != W.g1)
print(hash(W.f1) == hash(W.g1), hash(W.f1) == hash(F(1)) ^ object.__hash__(W))


class K:
    @classmethod
    def cm(cls):
        pass


print(K.cm == K.cm, K().cm == K.cm, hash(K.cm) == hash(K().cm))

l = []
print(l.append == l.append, l.append != l.append, [].append == [].append)
print(l.append == l.extend, l.append == list.append)
print(hash(l.append) == hash(l.append), {l.append: "x"}[l.append])
print(l.append.__eq__(l.append), l.append.__eq__(1), l.append.__ne__(l.append))
s = "abc"
print(s.upper == s.upper, s.upper == "abc".lower)
print(len == len, len == abs, print == print)
try:
    l.append < l.append
except TypeError as e:
    print("TypeError:", e)
for dunder in ("__eq__", "__ne__"):
    for t, arg in ((type(c.m), c.m), (type(l.append), l.append)):
        try:
            getattr(t, dunder)(1, arg)
        except TypeError as e:
            print("TypeError:", e)
for t in (type(c.m), type(l.append)):
    try:
        t.__hash__("x")
    except TypeError as e:
        print("TypeError:", e)
