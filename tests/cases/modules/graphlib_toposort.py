# graphlib.TopologicalSorter: static order, groups handed out in parallel, done(), cycles
# (the path CPython reports), and the errors for misuse.
from graphlib import CycleError, TopologicalSorter

graph = {"d": {"b", "c"}, "b": {"a"}, "c": {"a"}, "e": {"d"}, "f": set()}
print(list(TopologicalSorter({k: sorted(v) for k, v in graph.items()}).static_order()))
print(list(TopologicalSorter({2: [1], 3: [2], 1: [], 5: [3, 4], 4: [1]}).static_order()))
ts = TopologicalSorter()
ts.add("build", "compile", "link")
ts.add("link", "compile")
ts.add("test", "build")
ts.add("docs")
ts.prepare()
rounds = []
while ts:
    group = ts.get_ready()
    rounds.append(group)
    ts.done(*group)
print(rounds, ts.is_active())
for g in [{1: [2], 2: [3], 3: [1]}, {"a": ["b"], "b": ["c"], "c": ["d"], "d": ["b"], "x": ["a"]}, {1: [1]}, {"p": ["q"], "q": ["r", "p"]}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print("CycleError", e.args[0], e.args[1], isinstance(e, ValueError))
t = TopologicalSorter({"a": ["b"]})
for action in [lambda: t.get_ready(), lambda: t.done("a"), lambda: t.is_active()]:
    try:
        action()
    except ValueError as e:
        print("ValueError", e)
t.prepare()
for action in [t.prepare, lambda: t.add("z"), lambda: t.done("a"), lambda: t.done("nope")]:
    try:
        action()
    except ValueError as e:
        print("ValueError", e)
print(t.get_ready(), t.done("b"), t.get_ready())
try:
    t.done("b")
except ValueError as e:
    print("ValueError", e)
print(TopologicalSorter[str], list(TopologicalSorter().static_order()))
