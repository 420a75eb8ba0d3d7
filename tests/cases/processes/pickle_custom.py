"""Pickling through __reduce__, __reduce_ex__, __getstate__/__setstate__, __getnewargs_ex__,
slots, copyreg.pickle, subclasses of builtins, Pickler/Unpickler on files, persistent ids."""
import copyreg
import io
import pickle


class WithState:
    def __init__(self):
        self.a = 1
        self.cache = "drop me"

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class ReduceEx:
    def __reduce_ex__(self, proto):
        return (ReduceEx.make, (proto,))

    @staticmethod
    def make(proto):
        r = ReduceEx.__new__(ReduceEx)
        r.proto = proto
        return r


class NewArgsEx:
    def __new__(cls, x, *, y):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self

    def __getnewargs_ex__(self):
        return (self.x,), {"y": self.y}


class MyInt(int):
    pass


class MyDict(dict):
    pass


class Registered:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Registered, lambda r: (Registered, (r.v + 100,)))


class Both:
    __slots__ = ("s", "__dict__")


for proto in (2, 3, 4, 5):
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(proto, w.__dict__)
    r = pickle.loads(pickle.dumps(ReduceEx(), proto))
    print(r.proto)
    n = pickle.loads(pickle.dumps(NewArgsEx(1, y=2), proto))
    print(n.x, n.y)
    i = MyInt(5)
    i.tag = "t"
    data = pickle.dumps(i, proto)
    j = pickle.loads(data)
    print(type(j).__name__, j, j.tag)
    d = MyDict(a=1)
    d.extra = [1]
    e = pickle.loads(pickle.dumps(d, proto))
    print(type(e).__name__, e, e.extra)
    print(pickle.loads(pickle.dumps(Registered(1), proto)).v)
    b = Both()
    b.s, b.d = 1, 2
    c = pickle.loads(pickle.dumps(b, proto))
    print(c.s, c.d)

for v in (WithState(), ReduceEx(), NewArgsEx(1, y=2), MyInt(5), MyDict(a=1), Registered(3)):
    print(pickle.dumps(v))

buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dump([1, 2])
p.dump("second")
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())

buf = io.BytesIO()
pickle.dump({"k": (1, 2)}, buf, protocol=pickle.HIGHEST_PROTOCOL)
buf.seek(0)
print(pickle.load(buf), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)


class DB(pickle.Pickler):
    def persistent_id(self, obj):
        return obj[3:] if isinstance(obj, str) and obj.startswith("db:") else None


class DBU(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


buf = io.BytesIO()
DB(buf).dump(["db:1", "plain"])
print(buf.getvalue())
buf.seek(0)
print(DBU(buf).load())
big = list(range(100000))
data = pickle.dumps(big)
print(len(data), pickle.loads(data) == big)
s = "x" * 70000
print(len(pickle.dumps(s)), pickle.loads(pickle.dumps([s, s]))[1] == s)
