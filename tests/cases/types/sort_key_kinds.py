"""Sorting by keys whose types pick a specialised comparison (all exact str, all small ints,
all exact tuples) and by mixed keys (the generic protocol): stability, reverse, str
subclasses with their own __lt__, big ints, tuples holding objects with __eq__/__lt__,
exceptions from comparisons mid-sort and lists mutated during the sort."""

words = ["pear", "Apple", "fig", "apple", "Fig", "kiwi", "éclair", "zeta", "Äpfel", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2**40, 7, -(2**62), 0, 5, 3, 2**70, -1]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=lambda n: -n))
print(sorted([3, 1.5, True, 2, -0.5, False]))
pairs = [(w.lower(), i % 3) for i, w in enumerate(words)]
print(sorted(pairs), sorted(pairs, key=lambda p: (p[1], p[0])))
print(sorted([(1, "b"), (1,), (0, "z", 1), (1, "a", 0), ()]))


class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


print(sorted([Rev("a"), Rev("c"), Rev("b")]), sorted(["a", Rev("c"), "b"]))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return f"Loud({self.v})"


print(sorted([(1, Loud(2)), (0, Loud(9)), (1, Loud(1))]))
for bad in ([1, "a", 2], [(1, 2), (1, "x")], ["b", "a", 3]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError", e)
data = [3, 1, 2]
try:
    data.sort(key=lambda x: data.append(x) or x)
except ValueError as e:
    print("ValueError", e, data)


def boom(x):
    if x == 2:
        raise KeyError(x)
    return x


data = [3, 1, 2, 0]
try:
    data.sort(key=boom)
except KeyError as e:
    print("KeyError", e, data)
recs = [(i % 4, 100 - i) for i in range(40)]
stable = sorted(recs, key=lambda r: r[0])
print(stable[:6], sorted(recs, key=lambda r: r[0], reverse=True)[:6])
big = [(i * 7919) % 1000 for i in range(300)]
print(sorted(big) == sorted(big, key=lambda n: n), sorted(map(str, big))[:5], sorted(big)[::50])
