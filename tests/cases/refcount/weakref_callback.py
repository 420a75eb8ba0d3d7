import weakref
class A:
    pass
def cb(ref):
    print("callback, dead:", ref() is None)
a = A()
r = weakref.ref(a, cb)
print("before del")
del a
print("after del")
print(r.__callback__)
