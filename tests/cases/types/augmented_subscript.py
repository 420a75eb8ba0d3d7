# `a[i] op= x` runs its read and its store as fused instructions on exact lists with small-int
# indexes; every other container, index or failure must behave as the generic path.
import sys

a = [1, 2.5, "s", [0]]
a[0] += 10
a[1] *= 2
a[2] += "t"
a[3] += [1]
a[-1] += [2]
a[-4] -= 1
print(a)

t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print(e, t)

d = {"k": 1}
d["k"] += 1
d[5] = 0
d[5] -= 3
print(d)

for bad in [10, -10, 2 ** 70, "x", 1.0]:
    try:
        a[bad] += 1
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


class L(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v)


s = L([1, 2, 3])
s[1] += 5
print(s)


class Acc:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, k):
        return Acc(self.n + k)

    def __del__(self):
        print("del", self.n)


b = [Acc(1), Acc(2)]
print("before")
b[0] += 10
print("after", [x.n for x in b])
x = b[1]
b[1] += 1
print(sys.getrefcount(x), b[1].n)
del x
del b
print("end")


def tb_line():
    c = [0, 1]
    i = 5
    c[i] += 1


try:
    tb_line()
except IndexError as e:
    tb = e.__traceback__.tb_next
    print(e, tb.tb_lineno - tb_line.__code__.co_firstlineno)

m = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        m[i][j] += i * 3 + j
        m[i][j] **= 2
print(m)
