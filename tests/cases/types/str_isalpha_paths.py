"""str.isalpha() decided from the str's ASCII flag: ASCII text byte by byte, other text by
code point; the empty string, one character, digits and marks, a subclass and bad calls."""
for s in ["", "a", "Z", "ab", "abc1", "a b", "_", "é", "éa", "a\u0301", "ǅ", "日本", "Ⅻ",
          "\u00aa", "abc" * 20, "abc" * 20 + "!", "\x7f", "\xff", "\U0001d400"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isascii())


class S(str):
    def isalpha(self):
        return "overridden"


print(S("abc").isalpha(), str.isalpha(S("abc")), str.isalpha(S("ab1")))
for bad in [lambda: "a".isalpha(1), lambda: str.isalpha(1), lambda: str.isalpha()]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(sum(ch.isalpha() for ch in "kalo mine\tsuta.\nripo é"))
