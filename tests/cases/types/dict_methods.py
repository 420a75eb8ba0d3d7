d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.keys(), d.values(), d.items())
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("b", 99), d.setdefault("n", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
c = d.copy(); c["new"] = 1; print("new" in d, "new" in c)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
d.clear(); print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict(a=1, b=2), dict([("x", 1)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", [1, 2])))
print({1: "a"} | {2: "b"}, {"a": 1} == {"a": 1}, list({"b": 1, "a": 2}))
e = {"a": 1}
e |= {"b": 2}
print(e)
