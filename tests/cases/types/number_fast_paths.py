# The eval loop's native paths for numbers, subscripts and unpacking must agree with the
# generic protocol: subclasses keep their overrides, errors and big ints are CPython's.
class F(float):
    def __lt__(self, o):
        return "F.lt"
    def __eq__(self, o):
        return "F.eq"
    __hash__ = float.__hash__

class I(int):
    def __lt__(self, o):
        return "I.lt"
    def __add__(self, o):
        return "I.add"

print(F(1.0) < 2.0, F(1.0) == 1.0, 2.0 > F(1.0), F(3.0) >= 1.0)
print(I(1) < 2, I(1) + 1, 1 + I(1), I(5) > 2)

nan = float("nan")
print(nan < 1.0, nan == nan, nan != nan, 1.0 >= nan, nan != 1)
print(2**53 + 1 > 9007199254740992.0, 2**53 + 1 == 9007199254740992.0, 2**60 < 2.0**60 + 1e3)
print(1.5 < 2, 2 <= 2.0, -0.0 == 0, 3 > 2.5)

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**60, 3), (-2**61, -1)]:
    print(a // b, a % b, a * b, a & b, a | b, a ^ b, a >> 1, a << 3)
print(1 << 61, (1 << 60) * 4, -(2**61) * 1, 3 << 0, 5 >> 100, -5 >> 100)
for bad in ["1 // 0", "1 % 0", "1 << -1", "1 >> -2", "1.0 // 0.0", "1.5 % 0", "0.0 ** -1", "10.0 ** 400"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
print(7.5 // 2, -7.5 % 2, 2 ** 0.5, (-8.0) ** (1 / 3), 2.0 ** -1, 4 ** 0.5, 7 % 2.5, 9.0 / 3)

xs = [10, 20, 30]
t = (1, 2, 3)
print(xs[0], xs[-1], xs[2], t[-3], t[1])
xs[-1] = 99
xs[0] += 5
print(xs)
for i in (3, -4, 2**70):
    for target in (xs, t):
        try:
            target[i]
        except IndexError as e:
            print(type(target).__name__, i, e)
try:
    xs[3] = 0
except IndexError as e:
    print(e)

class L(list):
    def __getitem__(self, i):
        return ("L", i)
    def __setitem__(self, i, v):
        print("L set", i, v)

class T(tuple):
    def __getitem__(self, i):
        return ("T", i)
    def __iter__(self):
        return iter(["a", "b"])

sub = L([1, 2])
print(sub[0], T((1, 2))[1])
sub[1] = 5
print(list.__getitem__(sub, 1))
a, b = T((1, 2))
print(a, b)

class D:
    def __del__(self):
        print("D released, list is", holder)

holder = [D(), 1]
holder[0] = "replaced"
print(holder)

p, q = [1, 2]
(r, s), u = (3, 4), 5
print(p, q, r, s, u)
for bad in ([1, 2, 3], (1,), "abc"):
    try:
        m, n = bad
        print(m, n)
    except ValueError as e:
        print(e)

total = 0
for v in [1, 2, 3]:
    total += v
for v in (4, 5):
    total += v
for v in range(10, 0, -3):
    total += v
for v in range(2**62, 2**62 + 2):
    total += v
print(total)
grow = [1]
for v in grow:
    if v < 4:
        grow.append(v + 1)
print(grow)
it = iter([1, 2])
for v in it:
    pass
print(list(it), next(iter(range(0)), "empty"))
