d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(v), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
print({"b", "x"} & k, {"b", "x"} | k, {"b", "x"} - k, {"b", "x"} ^ k)
print(k & ["a", "q"], i & {("a", 1), ("z", 0)}, k - ["a"])
print(k == {"a", "b", "c"}, k != {"a"}, k < {"a", "b", "c", "d"}, k >= {"a"}, i == {("a", 1), ("b", 2), ("c", 3)})
print(list(v.__reversed__()), list(i.__reversed__()), list(iter(k)), list(d.__reversed__()))
d["d"] = 4
del d["a"]
print(k, v, i)
print(repr({}.keys()), repr({}.values()), repr({}.items()))
e = {1: "x"}
e |= [(2, "y")]
print(e, e | {3: "z"}, {0: 0} | e)
print(dict.fromkeys(range(3)), dict([(1, 2)], a=3), {**e, 4: "w"})
print(e.setdefault(5), e, e.pop(5), e.popitem(), e)
try:
    {}.pop("nope")
except KeyError as err:
    print("KeyError:", err)
try:
    dict(1, 2)
except TypeError as err:
    print("TypeError:", err)
try:
    dict([(1, 2, 3)])
except ValueError as err:
    print("ValueError:", err)
try:
    {} | [1]
except TypeError as err:
    print("TypeError:", err)
