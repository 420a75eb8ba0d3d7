"""ASCII fast paths of str methods against their general paths: strip (returning the same
object when nothing is stripped, as CPython), case mapping, whitespace split, join, + and
the lengths and hashes of what they make."""


class S(str):
    pass


word = "Hello"
print(word.strip() is word, word.strip(".,") is word, word.lstrip("x") is word)
print(S(" a ").strip(), type(S("ab").strip()).__name__, type(S("ab").lower()).__name__)
for text in ["..a,b..", " \t\x1c\x1fx y\x0b\x0c\r\n", "\xa0\u2003é\xa0", ".,é.,", "", "....", "ab" * 100]:
    out = [text.strip(), text.strip(".,"), text.lstrip(". "), text.rstrip(",.\xa0")]
    print([(o, len(o)) for o in out])
for text in ["MiXeD 123", "ÀÉÎ straße", "ß", "İ", "A" * 200, "\x7f\x00Z"]:
    for m in (str.lower, str.upper, str.casefold, str.swapcase, str.title, str.capitalize):
        r = m(text)
        print(m.__name__, repr(r[:20]), len(r), r.isascii(), hash(r) == hash(str(list(r) and "".join(r))))
for text in ["a b  c", "  lead and trail  ", "x\x1cy\x1dz\x1e\x1fw", "tab\tnew\nline\rret\x0b\x0c",
             "no-space", "", "   ", "wide\u3000space\xa0nbsp é"]:
    print(text.split(), text.split(None, 1), text.rsplit(None, 1), [len(p) for p in text.split()])
print("+".join(["a"]), "+".join(("ab", "é", "ĀĀ")), len("é".join(["x"] * 70)), repr(",".join([])))
only = "only"
print(",".join([only]) is only, ",".join([S("s")]) is S, type(",".join([S("s")])).__name__)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
long_a = "x" * 100
long_b = "é" * 50
for a, b in [("ab", "cd"), (long_a, long_b), ("", "é"), ("é", ""), (long_b, long_b)]:
    c = a + b
    print(len(c), c[-3:], hash(c) == hash("".join([a, b])), c == a + b)
print(hash("abcdefghijklmnopqrstu"), hash(b"abcdefg"), hash(b"abcdefgh"), hash(b""), hash("é" * 9))
print("\n".join("line one\r\nline two\rthree\x1c".splitlines()), "ab\nc".splitlines(True))
