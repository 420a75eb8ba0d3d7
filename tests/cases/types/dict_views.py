d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, i, len(k))
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"})
print(("a", 1) in i, ("a", 2) in i, 4 in v)
print(list(reversed(k)), sorted(i, reverse=True))
print(k == {"a", "b", "c", "d"}, i == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(k.isdisjoint({"x"}), d.keys() <= {"a", "b", "c", "d", "new", "q"})
