"""`o.m(args)` on builtin objects: the native method-descriptor call of CALL_METHOD and its guards."""


def run(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def loop(objs, fn):
    return [fn(o) for o in objs]


s = set()
for i in range(5):
    s.add(i)
    s.remove(i)
s.add(7)
print(sorted(s))
d = {"a": 1}
print(d.get("a", 0), d.get("b", 0), d.get("b"))
l = []
for i in range(3):
    l.append(i)
print(l, l.pop(), l)
print("abc".isalpha(), "ab1".isalpha(), "ABC".lower())

run("add0", lambda: s.add())
run("add2", lambda: s.add(1, 2))
run("remove0", lambda: s.remove())
run("remove_missing", lambda: s.remove(99))
run("unhashable_add", lambda: s.add([1]))
run("unhashable_get", lambda: d.get([1]))
run("get0", lambda: d.get())
run("get3", lambda: d.get(1, 2, 3))
run("pop_empty", lambda: [].pop())
run("isalpha1", lambda: "a".isalpha(1))
run("kw", lambda: d.get("a", default=3))


class MySet(set):
    def add(self, x):
        print("MySet.add", x)
        set.add(self, x * 10)


class PlainSub(set):
    pass


objs = [set(), MySet(), PlainSub(), set()]
for o in objs:
    o.add(3)
print(loop(objs, lambda o: (type(o).__name__, sorted(o))))


class Heap(list):
    pass


h = Heap()
for step in range(4):
    if step == 2:
        Heap.append = lambda self, x: print("patched append", x)
    h.append(step)
print(list(h))
del Heap.append
h.append(9)
print(list(h))


class Loud(dict):
    def __getattribute__(self, name):
        print("getattribute", name)
        return dict.__getattribute__(self, name)


ld = Loud(a=5)
for _ in range(2):
    print(ld.get("a"))


class Holder:
    f = len
    m = set.add

    def __init__(self):
        self.g = abs


ho = Holder()
print(ho.f("xyz"), ho.g(-3))
run("foreign_self", lambda: ho.m(1))
run("descr_wrong_self", lambda: set.add([], 1))
print(set.add(s, 8), sorted(s))
x = [1, 2]
for _ in range(3):
    x.append(x.pop() + 1)
print(x)


class L(list):
    pass


lp = L([1, 2, 3])
print(lp.pop(), lp.pop(0), lp, [4, 5, 6].pop(-2))
run("pop_kw", lambda: [1].pop(index=0))
run("pop_self", lambda: list.pop((1,)))
run("pop_unbound", lambda: list.pop())
run("pop_range", lambda: [1].pop(5))
run("pop_two", lambda: [1].pop(0, 1))


class S(str):
    def __del__(self):
        print("del", str(self))


class K:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del K", self.n)

    def __hash__(self):
        return 1


print("abc".replace(S("a"), S("b")))
print("abcabc".replace(S("c"), S("d"), 1))
print({}.get(K(1), 5))
ks = set()
print(ks.add(K(2)), len(ks))
ks.clear()
print([1].index(1, 0, 5), [].copy())
