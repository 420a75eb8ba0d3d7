d = {}
for k in ["banana", "apple", "cherry", 3, 1, 2, (0,), None]:
    d[k] = len(str(k))
print(list(d))
d["apple"] = "updated"
print(list(d.items())[:3])
del d["banana"]
d["banana"] = "re-added"
print(list(d))
print({3: 0, 1: 0, 2: 0}, {"z": 1, "a": 2})
x = dict.fromkeys(range(10, 0, -1))
print(list(x))
print(list(reversed({"a": 1, "b": 2, "c": 3})))
merged = {**{"b": 1, "a": 1}, "c": 1, "b": 2}
print(merged)
