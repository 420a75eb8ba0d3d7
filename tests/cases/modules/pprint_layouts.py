# pprint: short values as their safe repr (sorted dict keys), long ones broken over lines by
# kind (dict, list, tuple, set, str, bytes, collections types, dataclasses, namespaces), with
# width, indent, depth, compact, sort_dicts and underscore_numbers; recursion markers.
import collections
import dataclasses
import pprint
import types

data = {"name": "gilpy", "numbers": list(range(30)), "nested": {"z": [1, 2, {"deep": (1, 2, 3)}], "a": None},
        "text": "lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore",
        "t1": (1,), "set": {3, 1, 2}, "fs": frozenset({"b", "a"}), "bytes": bytes(range(40)), "ba": bytearray(b"x" * 90)}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=60)
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(list(range(60)), compact=True, width=30, indent=3)
pprint.pprint({"b": 1, "a": 2, 3: "x", (1, 2): None}, sort_dicts=False)
pprint.pp({"b": list(range(25)), "a": 2})
pprint.pprint(10**20, underscore_numbers=True)
pprint.pprint([10**12] * 8, underscore_numbers=True)
print(pprint.pformat("short"), pprint.pformat("word " * 30), pprint.pformat("a\nb\n" * 3 + "x" * 100, width=30), sep="\n")
print(pprint.pformat(["x" * 50, "y " * 40]), pprint.pformat(b"abcdefgh" * 12, width=40), pprint.pformat([b"abc" * 30]), sep="\n")
l = [1, 2]
l.append(l)
d = {"self": None}
d["self"] = d
print(pprint.pformat(l).replace(str(id(l)), "ID"), pprint.saferepr(d).replace(str(id(d)), "ID"), pprint.isrecursive(l), pprint.isreadable(l), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
big = [l] * 3
print(pprint.pformat([d, d]).replace(str(id(d)), "ID"))
od = collections.OrderedDict((str(i), i * 1000) for i in range(12))
dd = collections.defaultdict(list, {k: list(range(k)) for k in range(8)})
cnt = collections.Counter("the quick brown fox jumps over the lazy dog and keeps running far away")
dq = collections.deque(range(40), maxlen=50)
cm = collections.ChainMap({"a": list(range(20))}, {"b": list(range(20))})
for obj in [od, dd, cnt, dq, collections.deque(range(40)), cm, collections.UserList(range(40)),
            collections.UserDict({i: str(i) * 5 for i in range(10)}), collections.UserString("word " * 20),
            types.MappingProxyType({i: "v" * i for i in range(12)}), types.SimpleNamespace(a=list(range(30)), b="x" * 50),
            collections.OrderedDict(), collections.Counter(), collections.deque()]:
    pprint.pprint(obj)


@dataclasses.dataclass
class Point:
    x: int
    y: list
    hidden: int = dataclasses.field(default=0, repr=False)


pprint.pprint(Point(1, list(range(40))))
pprint.pprint([Point(2, ["abc"] * 10)], width=50)
pprint.pprint({"k": (1, 2, [3, 4, {"x": "y" * 70}])})
pprint.pprint(((((((1,),),),),),), depth=3)
pp = pprint.PrettyPrinter(indent=2, width=20)
print(pp.pformat({"alpha": [1, 2, 3, 4, 5], "beta": {"gamma": "delta epsilon zeta"}}), pp.isrecursive(l), pp.isreadable([1]))
pprint.pprint({1, "a", None, 2.5, (1,)} if False else sorted([3, 1, 2]))
for bad in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
