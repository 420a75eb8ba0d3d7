"""Strings assembled from pieces: concatenation and join, ASCII and not, short and long."""

pieces = ["", "a", "é", "ab", "日本", "x" * 130, "ü" * 70, "🐍"]
for a in pieces:
    for b in pieces:
        s = a + b
        print(len(s), s == "".join([a, b]), s[:3], s[-3:], s.isascii(), hash(s) == hash(str(s)))

for sep in ["", "-", "--", "·", "🐍", ", " * 50]:
    for items in [[], ["a"], ["a", "b"], ["é", "", "日本"], ["x" * 100, "y" * 100], list("abcdef")]:
        s = sep.join(items)
        print(repr(sep[:4]), len(s), s[:8], s[-8:], s.isascii(), s.upper()[:5])

one = "a" + ""
print(one == "a", len("" + ""), ("é" + "") == "é")


class S(str):
    pass


t = S("ab") + S("cd")
print(type(t).__name__, t, type("-".join([S("x"), S("yz")])).__name__)
print("".join(["ab", "cd"]) == "abcd", ("ab" + "cd").upper(), ("日" + "本").encode())
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
