import weakref
class A:
    pass
a = A()
print(weakref.getweakrefs(a))
r1 = weakref.ref(a)
def cb(r):
    pass
r2 = weakref.ref(a, cb)
refs = weakref.getweakrefs(a)
print(len(refs), refs[0] is r1, refs[1] is r2)
del r2
print(weakref.getweakrefcount(a))
