import sys
k = "key-" + str(1)
v = []
print(sys.getrefcount(v))
d = {k: v}
print(sys.getrefcount(v))
d["other"] = v
print(sys.getrefcount(v))
e = dict(d)
print(sys.getrefcount(v))
e.clear()
print(sys.getrefcount(v))
del d["other"]
print(sys.getrefcount(v))
d.pop(k)
print(sys.getrefcount(v))
d.setdefault("s", v)
print(sys.getrefcount(v))
d.update({"a": v, "b": v})
print(sys.getrefcount(v))
d = None
print(sys.getrefcount(v))
obj = object()
m = {obj: 1}
print(sys.getrefcount(obj))
del m[obj]
print(sys.getrefcount(obj))
