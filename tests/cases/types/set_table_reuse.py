"""Set tables of the common sizes are reused after a set is freed: a reused table must be
empty (no key, no dummy), including after removals, clear(), growth, and keys whose
__del__ makes and frees sets while a table is released."""


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __hash__(self):
        return self.tag

    def __eq__(self, other):
        return isinstance(other, Noisy) and self.tag == other.tag

    def __del__(self):
        inner = {self.tag, self.tag + 100, -self.tag}
        inner.discard(self.tag)
        print("  del", self.tag, sorted(inner), sorted({x for x in range(self.tag % 4)}))


for round_ in range(3):
    s = {Noisy(i) for i in range(3 + round_)}
    s.discard(Noisy(1))
    print("round", round_, len(s))
    del s

churn = set()
for i in range(20):
    churn.add(i)
    churn.discard(i - 2)
print(sorted(churn), list(churn))
del churn
fresh = set()
print(fresh, len(fresh), 5 in fresh, list(fresh))
for size in (3, 7, 20, 100):
    a = set(range(size))
    b = set(range(size, 2 * size))
    a.clear()
    print(size, len(a), sorted(b)[:3], a == set(), list(set()) == [])
    del a, b
orders = []
for k in range(4):
    t = set()
    for i in (9, 1, 17, 25, 2, 33, 41):
        t.add(i)
    t.discard(17)
    orders.append(list(t))
    del t
print(orders)
print(list({5, 13, 21, 29}), list(frozenset({8, 0, 16})))
pop_from = {1, 2, 3, 40, 48}
print([pop_from.pop() for _ in range(5)], pop_from)
