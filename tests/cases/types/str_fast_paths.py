"""Fast paths of str case mapping, one-character strs and str dict keys, with their edges:
mixed-case and short ASCII texts, non-ASCII texts, the shared latin-1 characters, keys of
other types or str subclasses with the same hash as a str key."""

for w in ["", "a", "A", "ab", "aB", "Mine", "KALO", "kalo", "po.", "x" * 40 + "Y", "É", "éA", "ß", "ǅ"]:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.casefold()), repr(w.swapcase()))

big = "Hello World. " * 50
print(big.lower() == "hello world. " * 50, big.upper()[:26], len(big.lower()))

s = "abé€z"
print([c for c in s], s[2], s[-1], s[3])
print(s[0] is s[0], s[2] is "é", s[3] is s[3], [c is d for c, d in zip(s, "abé€z")])
print(list(reversed(s)), [ch.isalpha() for ch in "a1 é€"])

d = {hash("ab"): "int key", "ab": "str key"}
print(d[hash("ab")], d["ab"], d.get("ab"), len(d))


class S(str):
    def __eq__(self, other):
        print("S.eq", str.__str__(self), repr(other))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


e = {S("kalo"): 1, "po": 2}
print(e.get("kalo"), e.get("po"), "kalo" in e, e.get("lo"))
e["kalo"] = 5
print(list(e.items()))
counts = {}
for word in "The cat. the dog, THE end".split():
    word = word.strip(".,").lower()
    counts[word] = counts.get(word, 0) + 1
print(counts)
pairs = {}
words = "a b a b a".split()
for i in range(len(words) - 1):
    key = words[i] + " " + words[i + 1]
    if key in pairs:
        pairs[key] += 1
    else:
        pairs[key] = 1
print(pairs, "".join(["", "q"]), "-".join(["é"]), "".join([]) == "")


class T(str):
    def __add__(self, other):
        return "T+" + str.__add__(self, other)

    def __radd__(self, other):
        return "radd:" + other


w = "kalo" * 3
print(w + "" is w, "" + w is w, T("ab") + "c", "x" + T("y"), repr("" + ""), "é" + "z", "€" + "a")
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError", e)
h = {}
for ch in "abcabca":
    h[ch] = h.get(ch, 0) + 1
del h["b"]
h["b"] = 7
for k in list(h):
    h[k] += 1
print(h, h.get("b"), h.get("q", -1), "c" in h)
