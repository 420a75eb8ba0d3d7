"""`obj.__class__ = Other` releases the old class at the assignment, as CPython does: its
refcount drops by one at once, and a class left only in its own cycles is freed by the next
collection (its metaclass's `__del__` and the callbacks of weak references to it run then)."""
import gc
import sys
import weakref


class A:
    pass


class B:
    pass


a = A()
before = sys.getrefcount(A)
before_b = sys.getrefcount(B)
a.__class__ = B
print("old class refcount drops by", before - sys.getrefcount(A))
print("new class refcount grows by", sys.getrefcount(B) - before_b)
print("type is B:", type(a) is B)
a.__class__ = A
print("back to A, same count:", before == sys.getrefcount(A))
for _ in range(3):
    a.__class__ = B
    a.__class__ = A
print("after swapping back and forth:", before == sys.getrefcount(A))


class Meta(type):
    def __del__(cls):
        print("Meta.__del__ for", cls.__name__)


def make_instance():
    Old = Meta("Old", (), {})
    return Old()


gc.collect()
gc.disable()
obj = make_instance()
gc.collect()
print("the instance keeps its class alive")
obj.__class__ = B
print("assigned; collecting")
print("collected something:", gc.collect() > 0)
gc.enable()


def dying(r):
    print("weakref callback; referent gone:", r() is None)


class Base:
    __slots__ = ()


def weakref_case():
    K = type("K", (Base,), {"__slots__": ()})
    p = K()
    r = weakref.ref(K, dying)
    del K
    gc.collect()
    print("K alive through the instance:", r() is not None)
    p.__class__ = Base
    gc.collect()
    print("after assignment and a collection, alive:", r() is not None)


weakref_case()
print("end")
