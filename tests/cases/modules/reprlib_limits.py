# reprlib: limited reprs of strings, ints, containers (nesting depth, item counts), instances,
# custom limits, and recursive_repr.
import array
import collections
import reprlib

r = reprlib.repr
print(r("a" * 100), r("short"), r("x'y" * 20), r(2 ** 200), r(-(10 ** 50)), r(list(range(100))), r(tuple(range(3))), r((1,)), r(()))
print(r({i: str(i) for i in range(10)}), r({}), r(set(range(10))), r(set()), r(frozenset("abcdefghij")), r(frozenset()))
print(r({"b": 1, 2: "a"}), r({3, "x", 1}), r(collections.deque(range(10))), r(array.array("i", range(10))), r(array.array("d")))
print(r([[[[[[[1]]]]]]]), r([[[[[[1]]]]]]), r(((((((1,),),),),),)), r({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}), r([1, [2, (3, {4})]]))


class Loud:
    def __repr__(self):
        return "Loud(" + "z" * 50 + ")"


class Broken:
    def __repr__(self):
        raise ValueError("no repr")


print(r(Loud()), r(Broken()).startswith("<Broken instance at 0x"), r(3.14159), r(None), r(b"bytes" * 10))
custom = reprlib.Repr()
custom.maxlist = 2
custom.maxstring = 10
custom.maxlevel = 2
custom.fillvalue = "+++"
print(custom.repr(list(range(5))), custom.repr("abcdefghijklmnop"), custom.repr([[[1]]]), custom.repr({1: 2, 3: 4, 5: 6, 7: 8, 9: 0}))
print(sorted(vars(reprlib.Repr())), reprlib.aRepr.maxother)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        "Node repr."
        return "Node(%s, %r)" % (self.name, self.children)


class Other(list):
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Other(" + ", ".join(repr(x) for x in self) + ")"


n = Node("a")
n.children.append(n)
n.children.append(Node("b"))
o = Other([1])
o.append(o)
print(n, o, Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__)
