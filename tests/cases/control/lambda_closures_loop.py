def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_without_default():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_without_default()])
acc = []
for n in range(3):
    def f(n=n):
        return n * 100
    acc.append(f)
print([f() for f in acc])
