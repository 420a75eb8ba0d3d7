# super().m(...) through LOAD_METHOD: single and multiple inheritance, attributes that are not
# plain methods, a type as the second argument, changes to the classes between calls.


class A:
    tag = "A.tag"

    def f(self, x):
        return ("A.f", type(self).__name__, x)

    @classmethod
    def cm(cls):
        return ("A.cm", cls.__name__)

    @staticmethod
    def sm(x):
        return ("A.sm", x)

    @property
    def p(self):
        return "A.p"


class B(A):
    def f(self, x):
        return ("B.f", super().f(x + 1))

    def tag_of(self):
        return super().tag

    def cm_of(self):
        return super().cm()

    def sm_of(self):
        return super().sm(5)

    def p_of(self):
        return super().p

    @classmethod
    def cm(cls):
        return ("B.cm", super().cm())


class C(A):
    def f(self, x):
        return ("C.f", super().f(x * 10))


class D(B, C):
    def f(self, x):
        return ("D.f", super().f(x))


b = B()
b.f = "instance attribute does not hide the class's method from super()"
for i in range(3):
    print(b.__class__.f(b, i))
    print(D().f(i))
print(b.tag_of(), b.cm_of(), b.sm_of(), b.p_of())
print(B.cm(), D.cm())


class E(B):
    def g(self):
        return super().missing()


try:
    E().g()
except AttributeError as e:
    print("AttributeError:", e)


# The method changes between calls: the lookup must see it.
class P:
    def f(self, x):
        return ("P.f", x)


class Q(P):
    def f(self, x):
        return ("Q.f", super().f(x + 1))


def run(obj):
    return obj.f(1)


print(run(Q()))
P.f = lambda self, x: ("new P.f", x)
print(run(Q()))
del P.f
try:
    run(Q())
except AttributeError as e:
    print("AttributeError:", e)
P.f = 42
try:
    run(Q())
except TypeError as e:
    print("TypeError:", e)


# A name found in the MRO that is not a function: bound by its descriptor.
class F:
    def __init__(self):
        self.log = []


class G(F):
    def __init__(self):
        super().__init__()
        self.log.append("G")


print(G().log)


class H(list):
    def append(self, x):
        super().append(x * 2)


h = H()
for i in range(3):
    h.append(i)
print(h)


# super() with explicit arguments, and a subclass of super.
class MySuper(super):
    pass


class K(B):
    def f(self, x):
        return ("K.f", super(B, self).f(x), MySuper(K, self).f(x))


print(K().f(7))


# super() where `super` is not the builtin.
def shadowed():
    super = lambda: A()
    return super().f(0)


print(shadowed())
