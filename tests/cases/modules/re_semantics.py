"""re: search, match and fullmatch semantics (sre's backtracking order, group captures, empty matches) over many patterns."""
import re
cases = [
 (r"(\d+)-(\d+)", "a 10-20 b"), (r"a|ab|abc", "abc"), (r"(a|ab)(c|bcd)(d*)", "abcd"),
 (r"(a*)+", "aaa"), (r"(a*)*", "b"), (r"(a|b)*?c", "abac"), (r"(?:(a)|b)+", "aba"),
 (r"((a)|b)+", "ab"), (r"(a)|(b)", "b"), (r"(?P<x>a)(?P<y>b)?", "a"), (r"x*", "aaa"),
 (r"\bfoo\b", "a foo b"), (r"\Bo\B", "foo"), (r"^$", ""), (r"^", "abc"), (r"$", "abc\n"),
 (r"(?m)^\w+$", "ab\ncd\n"), (r"(?s)a.b", "a\nb"), (r"a.b", "a\nb"), (r"(?i)ABC", "xabcx"),
 (r"(?i)[a-z]+", "HeLLo"), (r"[^\W\d]+", "ab12cd"), (r"[\s,]+", "a ,  b"), (r"\S+", " ab "),
 (r"(?<=\$)\d+", "cost $42"), (r"(?<!\$)\b\d+", "$42 17"), (r"\w+(?=:)", "key: val"),
 (r"(?!ab)\w\w", "abac"), (r"(a)(?(1)b|c)", "ab"), (r"(a)?(?(1)b|c)", "c"),
 (r"(?>a|ab)c", "abc"), (r"a*+a", "aaa"), (r"a?+b", "ab"), (r"(ab){2,3}", "abababab"),
 (r"(ab){2,3}?", "abababab"), (r"a{,2}", "aaa"), (r"a{2,}", "aaaa"), (r"a{3}", "aa"),
 (r"(\w)\1", "hello"), (r"(?P<c>\w)(?P=c)", "aabb"), (r"(?i)(a)\1", "aA"),
 (r"[a-c\d]{2}", "x1b"), (r"[]]", "]"), (r"[^]]+", "ab]"), (r"[\]\\-]+", "]\\-"),
 (r"\x41\u0042\101\0", "AB" + "A\0"), (r"a{", "a{"), (r"a{1,x}", "a{1,x}"), (r"{}", "{}"),
 (r"(?x) a b # comment\n c", "abc"), (r"(?x)[ ]a", " a"), (r"\d+(?:\.\d+)?", "3.14"),
 (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk"), (r"(?:a|b)*c", "ababc"),
 (r"(a+)+b", "aaab"), (r".*?x", "abxcx"), (r".*x", "abxcx"), (r"(.*)(\d+)", "abc123"),
 (r"(.*?)(\d+)", "abc123"), (r"\Aab\Z", "ab"), (r"ab\Z", "ab\n"), (r"ab$", "ab\n"),
 (r"é+", "ééé"), (r"(?i)É", "é"), (r"\w+", "naïve café"), (r"(?a)\w+", "naïve"),
 (r"\d", "٣"), (r"(?a)\d", "٣"), (r"(?i)ſ", "S"), (r"(?i)k", "\u212a"), (r"(?i)[^k]", "K"),
 (r"(?i:a)b", "Ab"), (r"(?i:a)b", "AB"), (r"(?-i:a)b", "ab"), (r"(?i)(?-i:a)b", "aB"),
 (r"(?m:^a)", "b\na"), (r"(a|)+", "aa"), (r"(|a)+", "aa"), (r"(a?)*", "aa"), (r"()*", "x"),
 (r"(?:a*)*b", "ab"), (r"(a)*", "aaa"), (r"(a)*?$", "aaa"), (r"\b", ""), (r"\B", ""), (r"\B", "a"),
 (r"(?<=a)", "aaa"), (r"(?=a)*", "a"), (r"a|b|", "c"), (r"(a)|b", "b"), (r"((a)|(b))*", "ab"),
]
for p, s in cases:
    for fn in (re.search, re.match, re.fullmatch):
        try:
            m = fn(p, s)
            print(fn.__name__, repr(p), m and (m.span(), m.groups(), m.lastindex, m.lastgroup, m.groupdict()))
        except Exception as e:
            print(fn.__name__, repr(p), type(e).__name__, e)
    try:
        print(' findall', re.findall(p, s), re.sub(p, '<\\g<0>>', s), re.split(p, s), re.subn(p, '-', s, count=2))
        print(' iter', [m.span() for m in re.finditer(p, s)])
    except Exception as e:
        print(' err', type(e).__name__, e)
