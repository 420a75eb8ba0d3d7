# Objects with and without an instance-dict slot, strs with their text after the header, and
# freeing containers of leaf objects (floats, ints, strs) next to objects that run code when freed.
import gc
import sys
import weakref


class S(str):
    pass


class F(float):
    def __del__(self):
        print("del F", float(self))


class I(int):
    pass


s = S("h\u00e9llo w\u00f6rld")
s.tag = "subclass with a dict"
print(s, len(s), s.upper(), s.tag, sorted(vars(s)), hash(s) == hash(str(s)))
s.__dict__ = {"other": 1}
print(vars(s), s[1:4], s.split())
t = "".join(["ab", "c\u65e5"])
print(t, len(t), t == "abc\u65e5", {t: 1}["abc\u65e5"], sys.getrefcount(t))

i = I(12345678901234567890)
i.note = "big"
print(i + 1, i.note, type(i).__name__)


def fn():
    pass


fn.attr = [1, 2]
print(fn.attr, sorted(fn.__dict__))

items = [1.5, F(2.5), 3.5, "text", F(4.5), 10**30, b"bytes", 1j]
print(len(items))
del items
print("after del items")

mixed = [float(i) for i in range(50000)] + [str(i) for i in range(50000)]
mixed.append(F(9.5))
mixed.extend([F(7.5), "end"])
print(len(mixed), mixed[49999], mixed[50000], mixed[-1])
mixed = None
print("after clearing mixed")


class Node:
    pass


n = Node()
n.payload = [0.5] * 3
r = weakref.ref(n, lambda ref: print("callback: node gone"))
n.self = n
del n
print("collected", gc.collect() > 0, r() is None)
