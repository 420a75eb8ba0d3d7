# Instance attributes kept without a dict object (shared keys per class): the dict seen
# through __dict__/vars() must keep insertion order, deletions, re-insertions, the
# fallbacks (non-str names, too many names) and class assignment.


class A:
    pass


a = A()
a.x = 1
a.y = 2
b = A()
b.y = 10
b.x = 20
print(vars(a), vars(b))
print(a.x, a.y, b.x, b.y)

c = A()
c.z = 1
c.x = 3
del c.z
c.y = 4
c.z = 5
print(c.__dict__, c.z)

d = A()
d.p = 1
try:
    del d.q
except AttributeError as e:
    print("AttributeError:", e)
try:
    d.q
except AttributeError as e:
    print("AttributeError:", e)
del d.p
print(vars(d), hasattr(d, "p"))

# A materialised dict stays the attributes' storage.
e = A()
e.x = 1
dd = e.__dict__
e.y = 2
dd["z"] = 3
print(dd, e.z, e.__dict__ is dd)
del e.x
print(dd)

# More names than the class's shared table holds.
f = A()
for i in range(40):
    setattr(f, "n%d" % i, i)
print(len(vars(f)), f.n0, f.n39, list(vars(f))[-2:])
g = A()
g.n5 = "five"
g.late = "late"
print(vars(g))


# A str subclass name makes a real dict.
class S(str):
    pass


h = A()
h.a = 1
setattr(h, S("b"), 2)
h.c = 3
print(vars(h), h.b, type(list(vars(h))[1]).__name__)


# Class assignment keeps the attributes.
class B:
    def show(self):
        return sorted(vars(self).items())


i = A()
i.k = 1
i.j = 2
i.__class__ = B
print(type(i).__name__, i.show(), i.k, vars(i))

# __dict__ replaced and deleted.
j = A()
j.x = 1
j.__dict__ = {"w": 9}
print(j.w, vars(j), hasattr(j, "x"))
j.v = 8
print(vars(j))


# Descriptors, properties and class attributes around kept values.
class C:
    shared = "class"

    def __init__(self):
        self.a = 1

    @property
    def p(self):
        return self.a * 10

    def m(self):
        return "method"


k = C()
print(k.shared, k.p, k.m())
k.shared = "instance"
k.m = lambda: "shadowed"
print(k.shared, k.m(), C.shared, vars(k).keys())
del k.m
print(k.m())



# Attributes set in __init__ in different orders by different instances.
class P:
    def __init__(self, flip):
        if flip:
            self.b = 1
            self.a = 2
        else:
            self.a = 3
            self.b = 4


print([vars(P(f)) for f in (False, True, False)])
print(dir(P(True))[-2:])

# copy, pickle, weakref and attribute hooks over kept values.
import copy
import pickle
import weakref


class Q:
    def __init__(self):
        self.b = 2
        self.a = [1]


q = Q()
q2 = copy.copy(q)
q3 = copy.deepcopy(q)
print(vars(q2), vars(q3), q2.a is q.a, q3.a is q.a)
q4 = pickle.loads(pickle.dumps(q))
print(type(q4).__name__, vars(q4))
w = weakref.ref(q)
print(w() is q)
del q
print(w())


class G:
    def __getattr__(self, n):
        return "ga:" + n

    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 2)


g = G()
g.x = 3
print(g.x, g.y, vars(g))
