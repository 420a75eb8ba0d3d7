# Slicing a list with small-int or None bounds runs without a slice object; everything else
# (other bounds, other containers, other values) must behave as the generic path.
import sys

a = list(range(10))
print(a[:], a[2:5], a[-3:], a[:-7], a[::2], a[::-1], a[7:2:-2], a[100:], a[-100:3])
print(a[5:2], a[3:3], a[None:4], a[1:None:3], a[-1:-11:-1], a[::-3])
b = a[:]
print(b is a, b == a)


class Idx:
    def __index__(self):
        return 2


print(a[Idx():Idx() + 3] if False else a[Idx():5], a[2 ** 70:], a[-(2 ** 70):2])
for bad in [1.5, "x"]:
    try:
        a[bad:3]
    except TypeError as e:
        print(e)
try:
    a[::0]
except ValueError as e:
    print(e)


class L(list):
    def __getitem__(self, k):
        return ("sub", k.start, k.stop, k.step)

    def __setitem__(self, k, v):
        print("set", k, v)


s = L([1, 2, 3])
print(s[1:2], s[::-1])
s[0:1] = [9]
t = (1, 2, 3, 4)
print(t[1:3], t[:] is t, t[::-1], "abcdef"[1:4], "abcdef"[::-1], b"xyz"[1:], range(10)[2:8:2])

c = list(range(8))
c[2:4] = [20, 30]
print(c)
c[2:4] = (7,)
print(c)
c[:0] = [-1, -2]
print(c)
c[-2:] = []
print(c)
c[1:3] = "ab"
print(c)
c[1:3] = (x * x for x in range(3))
print(c)
c[:] = c
print(c)
c[::2] = [0] * len(c[::2])
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print(e)
try:
    c[1:2] = 5
except TypeError as e:
    print(e)
del c[1:3]
print(c)
c[Idx():4] = ["i"]
print(c)


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


d = [D(1), D(2), D(3)]
print("replace")
d[0:2] = [D(4), D(5)]
print("replaced")
d[:] = []
print("emptied")
src = [D(6)]
d[:] = src
print(sys.getrefcount(src), len(src), len(d))
d[:] = [x for x in src]
print(len(d), len(src))
del d, src
print("end")


def gen():
    yield 1
    raise TypeError("inside")


e = [1, 2, 3]
try:
    e[0:1] = gen()
except TypeError as err:
    print(err, e)
e[0:1] = iter([7, 8])
print(e)
