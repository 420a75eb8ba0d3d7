import weakref
class A:
    pass
a = A()
refs = [weakref.ref(a, lambda r, i=i: print("callback", i)) for i in range(3)]
print(weakref.getweakrefcount(a))
del a
print("end")
