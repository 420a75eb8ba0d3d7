"""min()/max() of several positional arguments, of one iterable, key=, default= and errors."""


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return f"Loud({self.v})"


print(min(3, 1, 2), max(3, 1, 2), min(1.5, 1), max("a", "b"))
print(min(Loud(2), Loud(1), Loud(3)), max(Loud(2), Loud(5), Loud(3)))
print(min(1, 1.0), min(1.0, 1), max(1, 1.0), max(1.0, 1))
print(min(3, -4, key=abs), max("aa", "b", "ccc", key=len), min(2, 1, key=None))
print(min([5, 2, 8]), max(iter((5, 2, 8))), min([], default="d"), max((), default=None))


def boom(v):
    if v == 2:
        raise ValueError("key failed on 2")
    return v


def gen():
    yield 1
    raise KeyError("from iterator")


for call in (
    lambda: min(),
    lambda: max(1, 2, default=0),
    lambda: min(1, 2, bogus=3),
    lambda: min(1, "a"),
    lambda: max(1, 2, 3, key=boom),
    lambda: min(gen()),
    lambda: max([]),
    lambda: min(5),
):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
