# min()/max() compare small ints, exact strs and exact tuples of them natively; subclasses
# with their own comparisons, floats, NaN, mixed types and errors go through the protocol.


class Rev(str):
    def __lt__(self, other):
        print("Rev.__lt__", str(self), str(other))
        return str.__gt__(self, other)

    def __gt__(self, other):
        print("Rev.__gt__", str(self), str(other))
        return str.__lt__(self, other)


class T(tuple):
    def __gt__(self, other):
        print("T.__gt__")
        return len(self) > len(other)


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Loud.__eq__", self.v, getattr(other, "v", other))
        return isinstance(other, Loud) and self.v == other.v

    def __gt__(self, other):
        print("Loud.__gt__", self.v, other.v)
        return self.v > other.v

    def __lt__(self, other):
        print("Loud.__lt__", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return f"Loud({self.v})"


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


pairs = {"b a": 3, "a b": 3, "c d": 1, "z z": 3, "é x": 3}
print(max(pairs.items(), key=lambda kv: (kv[1], kv[0])))
print(min(pairs.items(), key=lambda kv: (kv[1], kv[0])))
print(max(pairs.items(), key=lambda kv: (-kv[1], kv[0])))
print(max([(1, "b"), (1, "a"), (1, "b")]), min([(1, "b"), (1, "a"), (1,)]))
print(max([3, -2**70, 5, 5.5, 2**80]), min([3, 2.5, True, -1]))
print(max(["b", "ab", "é", "z"]), min("hello"))
print(max([Rev("a"), Rev("c"), Rev("b")]))
print(min([Rev("a"), Rev("c"), Rev("b")]))
print(max([T((1, 2)), T((5,)), T((0, 0, 0))]))
print(max([(Loud(1), 2), (Loud(1), 3), (Loud(0), 9)]))
print(min([(Loud(2),), (Loud(1),)]))
nan = float("nan")
print(max([nan, 1.0, 2.0]), max([1.0, nan, 2.0]), max([(1, nan), (1, 2.0)]))
print(max([((1, 2), "x"), ((1, 3), "y")]))
a = ("same",)
print(max([a, a]) is a, max([(1, a), (1, a)]))
attempt(lambda: max([1, "a"]))
attempt(lambda: min([(1, "a"), (1, 2)]))
attempt(lambda: max([(1,), ("a",)]))
attempt(lambda: max([(1, 2), [1, 2]]))
print(max(3, 7, 5), min(3, 7, 5, key=lambda x: -x), max([], default="empty"))
