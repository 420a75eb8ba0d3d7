from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd))
counts = defaultdict(int)
for c in "mississippi":
    counts[c] += 1
print(sorted(counts.items()))
class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default(a=1)
print(d["a"], d["xy"], d.get("xy"), "xy" in d)
od = OrderedDict(b=1, a=2)
od.move_to_end("b")
print(od, list(od), od.popitem(last=False))
