class Counter:
    def __init__(self):
        self.count = 0
    def make_incrementer(self, step):
        def inc():
            self.count += step
            return self.count
        return inc
c = Counter()
inc2 = c.make_incrementer(2)
inc5 = c.make_incrementer(5)
print(inc2(), inc5(), inc2(), c.count)
def class_factory(base_value):
    class Made:
        value = base_value
        def get(self):
            return base_value * 2
    return Made
A = class_factory(3)
B = class_factory("x")
print(A().get(), B().get(), A.value, B.value)
x = "global"
class Scoping:
    x = "class"
    def method(self):
        return x
    lam = lambda self: x
print(Scoping().method(), Scoping().lam())
