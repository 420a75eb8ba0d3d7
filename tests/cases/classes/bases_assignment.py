# Assigning `__bases__` changes the MRO: attribute reads, method calls and caches follow it.


class A:
    k = "A.k"

    def m(self):
        return "A.m"


class Other:
    k = "Other.k"

    def m(self):
        return "Other.m"


class B(A):
    pass


def read(c):
    return c.k, c().m()


print(read(B))
B.__bases__ = (Other,)
print(read(B), [c.__name__ for c in B.__mro__])
