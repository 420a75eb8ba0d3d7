class C:
    def method(self, x):
        return (type(self).__name__, x)
c = C()
bound = c.method
print(bound(1), C.method(c, 2))
print(bound.__self__ is c, bound.__func__ is C.method, bound.__name__)
print(type(bound).__name__, type(C.method).__name__)
c.method = lambda x: ("instance attr", x)
print(c.method(3))
print(c.method == bound, C().method == C().method)
m1 = c.__class__.method.__get__(c, C)
print(m1(4))
