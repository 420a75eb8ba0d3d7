"""Strs built straight into their object: case maps of ASCII text (one byte at a time, no
buffer), `a + b` of exact strs tested before the number protocol, and the shared
one-character strs these paths still return."""
import sys

words = ["kalo", "Mine", "SUTA", "a", "Q", "", "x1.Y2,", "MiXeD-CaSe_09", "É", "ǅungla", "İi"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.casefold()), len(w.lower()))

# One-character results are the shared strs; longer ones are new objects.
print("Q".lower() is "q", "q".upper() is "Q", "".lower() is "")
s = "abc"
print(s.lower() is s, s.lower() == s, sys.getrefcount(s.lower()))

# Long ASCII text and every byte value below 128.
text = "".join(chr(i) for i in range(128)) * 3
print(text.lower() == "".join(c.lower() for c in text), len(text.upper()))
print("ß".upper(), "ﬁ".upper(), "ΣΑΣ".lower(), "Straße".casefold())

# Concatenation.
a, b = "left", "right"
print(a + b, a + "" is a, "" + b is b, ("x" + "") is "x")
c = a
c += b
print(c, a, c is a)
print("é" + "ü", len("é" + "ü"), ("é" + "ü").isascii(), ("a" + "b").isascii())
print(("ab" + "ǅ"), len("ab" + "ǅ"), hash("ab" + "cd") == hash("abcd"))
d = {}
d["ab" + "cd"] = 1
d["abcd"] += 1
print(d)


class S(str):
    def __add__(self, other):
        return "S.__add__(" + str.__add__(self, other) + ")"

    def __radd__(self, other):
        return "S.__radd__(" + other + str(self) + ")"


print(S("x") + "y", "y" + S("x"), type(str.__add__(S("x"), "y")).__name__)


class T(str):
    pass


t = T("t") + "u"
print(t, type(t).__name__, type("u" + T("t")).__name__)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
x = "p"
try:
    x += None
except TypeError as e:
    print(e)
print(("ab" * 3 + "c").upper(), ("Ab" + "Cd").lower())
