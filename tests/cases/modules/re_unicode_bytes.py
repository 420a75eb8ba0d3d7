"""re: Unicode classes and IGNORECASE folding, ASCII mode, VERBOSE, named escapes, bytes patterns, reprs and error line numbers."""
import re
tests = [
 ('(?i)σ', 'Σσς'), ('(?i)[σ]', 'Σσς'), ('(?i)ς+', 'ΣΣσς'), ('(?i)µ', 'μΜµ'), ('(?i)i', 'İıIi'), ('(?i)[i]', 'İıIi'),
 ('(?i)ı', 'Ii'), ('(?i)[a-z]+', 'ǅǆǄ'), ('(?i)ǅ', 'ǆǄǅ'), ('(?i)ß', 'ßẞSS'), ('(?i)[^a-z]', 'ABC!'), ('(?i)Ω', 'Ωω\u2126'),
 ('(?i)\u2126', 'ωΩ'), ('(?i)[\u2126]', 'ω'), ('(?ia)k', 'K\u212a'), ('(?ia)[a-z]', 'É'), ('(?i)é', 'É'), ('(?i)(é)\\1', 'éÉ'),
 (r'\w+', 'ab_1 ٣٤ 漢字 ñ ²'), (r'\d+', '12 ٣٤ ² ①'), (r'\s+', 'a\u00a0\u2003\x1c\x85b'), (r'(?a)\s+', 'a\u00a0 \tb'),
 (r'\bé', ' é'), (r'(?a)\bé', ' é'), (r'(?a)\W', 'éa'), ('.', '\U0001f600'), ('[\U0001f600-\U0001f64f]+', 'a\U0001f600\U0001f601'),
 (r'\N{GREEK SMALL LETTER ALPHA}', 'α'), (r'[\N{DIGIT ONE}-\N{DIGIT THREE}]+', '0123'), (r'\u00e9', 'é'), (r'\U0001F600', '\U0001f600'),
 ('(?x) a  b  # c', 'ab'), ('(?x)a\\ b', 'a b'), ('(?x)[# ]', '#'), ('(?x)a{2} b', 'aab'), ('(?x)(?# c )a', 'a'),
 ('(?x:a b)c', 'abc'), ('(?x: a (?-x: b))', 'a b'), ('(?s:.)', '\n'), ('(?m)$', 'a\nb'), ('(?m)a$\n^b', 'a\nb'),
]
for p, s in tests:
    try:
        print(repr(p), repr(s), re.findall(p, s), [m.span() for m in re.finditer(p, s)])
    except Exception as e:
        print(repr(p), type(e).__name__, e)
btests = [(rb'\w+', b'ab \xe9\xff_1'), (rb'(?i)\xe9', b'\xc9'), (rb'(?i)[a-z]+', b'ABC\xc0'), (rb'\s+', b'a\x85\xa0 b'), (rb'\d', b'1\xb2'),
          (rb'[\x80-\xff]+', b'a\x80\xfe'), (rb'.', b'\n'), (rb'(?L)\w', b'a')]
for p, s in btests:
    try:
        print(repr(p), re.findall(p, s), re.sub(p, b'<\\g<0>>', s), re.split(p, s))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
print(re.match(r'(\w+) (\w+)', 'héllo wörld').expand(r'\2 \1'), re.compile('(?i)x').flags, re.compile('(?x)x', re.M).flags)
print(re.search('(?P<first>\\w+) (?P<last>\\w+)', 'Jane Doe').groupdict(), re.compile(r'(?P<a>x)|(?P<b>y)').groupindex)
m = re.match('(a)(b)(c)?', 'ab'); print(m.lastindex, m.lastgroup, re.match('((a)b)', 'ab').lastindex, re.match('(?P<n>(a)b)', 'ab').lastgroup)
print(repr(re.match('x' * 80, 'x' * 80)), repr(re.compile('y' * 300))[-20:], repr(re.compile('a\nb')))
err = None
try: re.compile('(?x)\n  (\n  a')
except re.error as e: err = e
print(err, err.lineno, err.colno, err.pos, repr(err.pattern))
