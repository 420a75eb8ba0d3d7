class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, **kw):
        return self.k * x, rest, kw
m = Multiplier(3)
print(m(5), m(1, 2, flag=True), callable(m), callable(Multiplier))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c())
print(list(map(Multiplier(2), [1, 2])))
try:
    object()()
except TypeError as e:
    print("TypeError:", e)
