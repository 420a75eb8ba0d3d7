# After __bases__ changes, cached attribute reads, method calls, super() and isinstance follow the new MRO.


class A:
    k = "A.k"

    def m(self):
        return "A.m"

    def s(self):
        return "A.s"


class Other:
    k = "Other.k"

    def m(self):
        return "Other.m"

    def s(self):
        return "Other.s"


class B(A):
    def s(self):
        return "B>" + super().s()


class C(B):
    pass


def reads(o, cls):
    out = []
    for _ in range(3):
        out.append((o.k, o.m(), o.s(), cls.k, cls.m(o), isinstance(o, A), isinstance(o, Other)))
    return out[0] if out.count(out[0]) == 3 else out


b, c = B(), C()
print(reads(b, B), reads(c, C))
B.__bases__ = (Other,)
print(reads(b, B), reads(c, C))
print(A.__subclasses__(), Other.__subclasses__(), B.__subclasses__())
B.__bases__ = (A, Other)
print(reads(b, B), reads(c, C), [k.__name__ for k in C.__mro__])
Other.k = "Other.k2"
B.__bases__ = (Other, A)
print(reads(b, B), reads(c, C))
print(sorted(x.__name__ for x in A.__subclasses__()), [x.__name__ for x in Other.__subclasses__()])


class D:
    pass


del D
import gc

gc.collect()
print([x.__name__ for x in object.__subclasses__() if x.__module__ == "__main__"])
