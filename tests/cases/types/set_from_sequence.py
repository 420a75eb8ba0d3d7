# set(), frozenset() and set.update() from exact lists and tuples: the native-key fast path,
# and the switch to the item-by-item path at the first key that needs Python code.


class Key:
    def __init__(self, v, log):
        self.v = v
        self.log = log

    def __hash__(self):
        self.log.append(("hash", self.v))
        return hash(self.v)

    def __eq__(self, other):
        self.log.append(("eq", self.v))
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return f"Key({self.v})"


print(list(set([5, 3, 9, 3, 1, 40, 72, 8, 16, 24, 0, -1, -2])))
print(list(set((33, 1, 65, 97, 2, 129, 161))))
print(list(frozenset(["b", "a", "c", "a", "zz", "yy", "xx", "ww"])))

print(len(set([1, 1.0, True])), set([1, 1.0, True]))
print(set([2.5, 3, "s", (1, 2)]) == {2.5, 3, "s", (1, 2)})
print(set([]), set(()), frozenset([]))

log = []
s = set([1, 2, Key(3, log), 4, Key(3, log), 5])
print(sorted(k if isinstance(k, int) else k.v for k in s), log)


class Grows:
    def __init__(self, lst):
        self.lst = lst

    def __hash__(self):
        if len(self.lst) < 8:
            self.lst.append(len(self.lst) + 100)
        return 7

    def __eq__(self, other):
        return self is other


lst = [1, 2]
lst.append(Grows(lst))
lst.append(3)
s = set(lst)
print(len(s), sorted(k for k in s if isinstance(k, int)))


class Shrinks:
    def __init__(self, lst):
        self.lst = lst

    def __hash__(self):
        del self.lst[2:]
        return 11

    def __eq__(self, other):
        return self is other


lst = [1, 2, None, 4, 5, 6]
lst[2] = Shrinks(lst)
print(len(set(lst)), lst[:2])

try:
    set([1, 2, [3], 4])
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset((1, {}, 2))
except TypeError as e:
    print("TypeError:", e)


class L(list):
    def __iter__(self):
        return iter([10, 20])


class T(tuple):
    def __iter__(self):
        return iter(["t"])


print(set(L([1, 2, 3])), set(T((1, 2))), frozenset(L([5])))
s = {0}
s.update([1, 2], (3, 4), L([9]))
print(s)
s = set([1, 2, 3])
s.__init__([7, 8])
print(s)


class S(set):
    pass


print(S([3, 2, 1]), type(S([1])).__name__)

# Set displays (BUILD_SET): native keys under one borrow, then key by key.
log = []
k1, k2 = Key(1, log), Key(2, log)
print(sorted(repr(k) for k in {3, "a", k1, 4, k2, 3, Key(1, log)}), log)
print({1, 1.0, True}, {True, 1, 1.0}, {1.0, 1}, {"x", "x", "y"} == {"x", "y"})
print(list({33, 1, 65, 97, 2, 129, 161, 1, 33}))


class Str(str):
    def __hash__(self):
        print("Str.__hash__")
        return 5


print(len({"a", Str("b"), "c"}))
try:
    {1, 2, [3]}
except TypeError as e:
    print("TypeError:", e)
i = 7
print({i, i + 1, i - 1, -1, -2})
