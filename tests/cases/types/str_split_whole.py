# split() without a separator: a text without spaces is its own only part when it is an exact str
# (identity, as CPython); subclasses, spaces and non-ASCII text give new strs.
class S(str):
    pass
for s in ["abc", " abc", "abc ", "a b", "", "   ", "ñandú", " ñandú", S("abc"), "x" * 300, "é"]:
    p = s.split()
    print(repr(s[:10]), [x[:10] for x in p], len(p) == 1 and p[0] is s, [type(x).__name__ for x in p])
print("a b c".split(maxsplit=0), " a b ".split(None, 0), "abc".split(maxsplit=0)[0] == "abc")
words = " ".join("w%d" % i for i in range(30))
print(len(words.split()), words.split()[-1], len(words.split(" ")), words.rsplit()[0])
