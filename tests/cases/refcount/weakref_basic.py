import weakref
class A:
    pass
a = A()
r = weakref.ref(a)
print(r() is a)
print(weakref.getweakrefcount(a))
print(weakref.ref(a) is r)
del a
print(r())
print(r() is None)
