# str.split() without a separator and str.splitlines(), scanned in one pass over the text:
# runs of Unicode whitespace, maxsplit keeping the rest whole, every line break, \r\n, keepends.

samples = [
    "",
    "   ",
    "one",
    "  lead and trail  ",
    "tabs\tand\nnewlines\r\nmixed\x0bvt\x0cff",
    "unicode\u00a0nbsp\u2003em\u3000ideo\u2028ls\u2029ps\x1cfs\x85nel",
    "caf\u00e9 na\u00efve \u65e5\u672c \U0001f600x",
    "a  b   c    d",
]
for s in samples:
    print(repr(s), s.split())
    for n in (-1, 0, 1, 2, 5):
        print("  maxsplit", n, s.split(maxsplit=n), s.split(None, n))
    print("  rsplit", s.rsplit(), s.rsplit(maxsplit=1))

lines = [
    "",
    "no break",
    "a\nb\n",
    "a\r\nb\rc\n\nd",
    "\r\n\r\n",
    "x\ry\x0bz\x0cw\x1cv\x1du\x1et\x85s\u2028r\u2029q",
    "\u00e9\n\u65e5\r\n\U0001f600",
    "trailing\r",
]
for s in lines:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))


class S(str):
    pass


words = S("alpha beta\ngamma").split()
print(words, [type(w).__name__ for w in words])
print(S("x\ny").splitlines())
big = " ".join(str(i) for i in range(100000))
parts = big.split()
print(len(parts), parts[:3], parts[-3:])
print(len(("\n".join(parts)).splitlines()))
