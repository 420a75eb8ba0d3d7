import weakref
class C:
    def m(self):
        return "called"
c = C()
wm = weakref.WeakMethod(c.m)
print(wm()())
del c
print(wm())
