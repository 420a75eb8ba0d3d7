"""re: bad patterns raise re.error (or OverflowError, ValueError) with CPython's messages and positions."""
import re
pats = ['(', ')', '*', 'a**', '[a', '\\q', '[z-a]', '(?<x', '(?x', '(?P<1>a)', '(?P=y)', r'(a)\2', '(?<=a*)b', 'a{3,2}', '(?i', 'a(?i)b', '\\', '(?#abc', '(?P<a>x)(?P<a>y)','(?(1)a|b|c)','(a)(?(2)x)', r'\x0', r'\u12', r'\777', '(?Px)', '(?P<a', '(?au)', '[\\d-z]', 'a{1', '(?-i)', '(?i-i:a)', '(?<=a|bc)', 'x|*','(?ia)', r'\N{foo}', '(?L)a','a\n)', '(?<=(a))b', r'(a)(?<=\1)', r'(a(?<=\1))', '[]', '[]a]', r'\8', '(?P<a>a)(?P=a', '(?P', '(?P<>a)', '(?(a)b)', '(?(0)b)', '(?(-1)b)', r'\g', '[a-\\d]','(?<!a+)', 'a{2}{3}', 'a*?+', 'a+*', '(?i)a(?s)', '(?#x)(?i)a', 'a|(?i)b', '(?:(?i)a)', r'\N{LATIN SMALL LETTER A}', '(?<=\\b)a', r'(?<=(?P<n>a))(?P=n)', '(?', '(?<', '(?<=a', '[\\', '(?x)a#', '^*', '\\b*', '(?=a)*', 'a{99999999999}', '(?P<a-b>x)', '(a)(?P<a>b)', r'(?P<a>x)\g<a>', '[a-]', '[-a]', '[\\w-]', '(?i)[^\\W]', 'x{2,1}', '(?:', '(?u)a', '(?a)(?u)a', '(?-a:x)', '(?i-:x)', '(?i-q:x)', '(?iq)', '(?i:', '(?z)']
for p in pats:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r, r.groups, dict(r.groupindex), r.flags)
    except re.error as e:
        print(repr(p), 'error', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p in [b'(', b'\\q', b'(?u)a', b'[\xe9-a]', b'(?L)a', b'(?a)a']:
    try:
        print(repr(p), re.compile(p))
    except re.error as e:
        print(repr(p), 'error', e)
for args in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L)]:
    try: re.compile(*args)
    except Exception as e: print(type(e).__name__, e)
try:
    re.compile("(" * 1000 + ")" * 1000)
except RecursionError as e:
    print("RecursionError", e)
print(re.compile("(" * 400 + "a" + ")" * 400).match("a").span(400))
