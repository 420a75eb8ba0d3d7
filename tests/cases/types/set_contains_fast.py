"""`x in s` for exact sets and frozensets decided natively (small int or str keys, a probe
needing no __eq__), and every case that needs Python code or another path."""


class EqThree:
    def __hash__(self):
        return 3

    def __eq__(self, other):
        print("  EqThree.__eq__", other)
        return other == 3


class MySet(set):
    def __contains__(self, x):
        print("  MySet.__contains__", x)
        return True


class PlainSub(frozenset):
    pass


s = {1, 2, "a", 3.0, (1, 2), frozenset({9})}
print(1 in s, 2 in s, 3 in s, 4 in s, "a" in s, "b" in s, (1, 2) in s)
print({9} in s, frozenset({9}) in s, True in s, 1.0 in s, 2**70 in s)
print(-1 in {-1, -2}, -2 in {-2}, 2**61 - 1 in {0}, 2**61 - 1 in {2**61 - 1})
print(3 in {EqThree()}, 4 in {EqThree()})
print(EqThree() in {3}, EqThree() in {4})
try:
    [] in s
except TypeError as e:
    print("TypeError", e)
try:
    {1: 2} in frozenset()
except TypeError as e:
    print("TypeError", e)
print(5 in MySet(), 5 not in MySet())
print(1 in PlainSub({1}), 2 in PlainSub({1}))
fs = frozenset(range(100))
print(sum(1 for i in range(-10, 110) if i in fs), "x" in fs)
d = set()
for i in range(50):
    d.add(i)
    d.discard(i - 3)
print([i for i in range(-5, 60) if i in d], 47 not in d)
words = {"alpha", "beta", "gamma"}
print("beta" in words, "delta" in words, "" in words, "gamma" not in words)


class Str(str):
    def __hash__(self):
        print("  Str.__hash__")
        return str.__hash__(self)


print(Str("beta") in words)
words.add(Str("zeta"))
words.discard(Str("alpha"))
print(sorted(words), {Str("q")} == {"q"})
