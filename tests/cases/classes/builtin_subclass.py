class MyList(list):
    def append(self, item):
        print("appending", item)
        super().append(item)
    def total(self):
        return sum(self)
l = MyList([1, 2])
l.append(3)
print(l, l.total(), len(l), type(l + l).__name__)
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __missing__(self, key):
        return f"missing {key}"
d = UpperDict()
d["a"] = 1
print(d, d["zzz"])
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
n = MyInt(5)
print(n, repr(n), n + 1, type(n + 1).__name__, isinstance(n, int))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("a") + "b", type(MyStr("x").strip()).__name__)
