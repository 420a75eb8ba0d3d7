"""One-code-point strings below 256 are shared objects (CPython's latin-1 singletons):
indexing and iterating text and chr() give the same object; wider code points, longer
strings and str subclasses are new objects. Dict counting by such keys."""

s = "abc\xe9\xff\u0100"
print([c for c in s])
print(s[0] is chr(97), s[3] is chr(0xE9), s[4] is chr(255), s[5] is chr(256))
print([ch is chr(ord(ch)) for ch in "hello\x00\x7f\x80"])
print(s[5] == "\u0100", len(s[5]), s[1:3] is s[1:3])
print("".join([]) == "", s[0:0] == "", len("x"[1:]))


class S(str):
    pass


t = S("a")
print(type(t).__name__, t is s[0], t == "a", type(S("")).__name__, type(t[0]).__name__)
counts = {}
for ch in "mississippi" + "\xe9" * 3:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(hash("a") == hash(s[0]), {"a": 1}[s[0]], {s[3]: 2}.get("\xe9"))
