print({}, {1: 2, 3: 4}, {1: "a", 1: "b"}, {True: 1, 1: 2, 1.0: 3})
print({1, 2, 2, 3}, set(), {(1, 2), (1, 2)}, {"a", "b"} == {"b", "a"})
print({**{}, **{"x": 1}}, {*(), *[1]}, {k: v for k, v in [("a", 1), ("a", 2)]})
d = {"outer": {"inner": [1, {"deep": True}]}}
print(d["outer"]["inner"][1]["deep"])
print(type({}).__name__, type({1}).__name__, type({1: 1}).__name__)
print({"b": 1, "a": 2}, {3: 0, 1: 0, 2: 0}, {-1: "neg", 0: "zero"})
