class MyList(list):
    def __repr__(self):
        return "MyList(" + list.__repr__(self) + ")"

m = MyList([3, 1, 2])
m.append(0)
m.sort()
print(m, len(m), m[0], m[-1], m[1:3], 2 in m, m == [0, 1, 2, 3], m + [9], type(m + [9]).__name__)
m += [7]
m *= 2
print(m, list.__len__(m), list.__getitem__(m, 2), [x * 2 for x in m][:3])
del m[0]
m[0] = "z"
print(m, m.pop(), m.index(2), m.count(7))

class D(dict):
    def __missing__(self, key):
        return "missing:" + str(key)

d = D(a=1)
d["b"] = 2
print(d["a"], d["zz"], d.get("zz"), len(d), list(d), "a" in d, d == {"a": 1, "b": 2})
print(dict.__getitem__(d, "a"), D.fromkeys("xy", 0), type(D.fromkeys("x")).__name__, d.copy(), type(d.copy()).__name__)

class S(set):
    pass

s = S([1, 2, 3])
print(s, len(s), 2 in s, s | {4}, type(s | {4}).__name__, s & {1, 9}, s == {1, 2, 3})
s.add(5)
s -= {1}
print(list(s), type(s).__name__)

class F(frozenset):
    pass

f = F([1, 2])
print(f, f | {3}, type(f | {3}).__name__, hash(f) == hash(frozenset([1, 2])))

class T(tuple):
    pass

t = T([1, 2, 3])
print(t, t[1], t + (4,), type(t + (4,)).__name__, t.index(2), t.count(3), hash(t) == hash((1, 2, 3)))
print(tuple.__len__((1, 2)), list.__contains__([1, 2], 2), set.__len__({1}), dict.__len__({}))
print(list.__add__([1], [2]), tuple.__mul__((1,), 3), list.__mul__([0], 2), [1, 2].__eq__([1, 2]), [1].__lt__(5))
try:
    list.append(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * "a"
except TypeError as e:
    print("TypeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash(MyList())
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
