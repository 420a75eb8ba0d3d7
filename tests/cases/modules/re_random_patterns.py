"""re: random small patterns (groups, repeats of every kind, lookarounds, atomic groups, backrefs) run
against random short strings; regs, lastindex, findall, sub and split must be CPython's."""
import re, random
rng = random.Random(0)
atoms = ['a', 'b', 'c', '.', '[ab]', '[^a]', r'\w', r'\d', r'\s', r'\b', '^', '$', 'A', '1', ' ', '\n', r'\B', '[a-c]']
def gen(depth):
    r = rng.random()
    if depth > 3 or r < 0.35:
        return rng.choice(atoms)
    if r < 0.55:
        return gen(depth + 1) + gen(depth + 1)
    if r < 0.65:
        return gen(depth + 1) + '|' + gen(depth + 1)
    if r < 0.85:
        body = gen(depth + 1)
        if not body or body in '^$' or body in (r'\b', r'\B'):
            body = '(' + body + ')'
        else:
            body = rng.choice(['(%s)', '(?:%s)', '(?P<g%d>%%s)' % rng.randrange(1000), '(?>%s)']) % body
        return body + rng.choice(['*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}?', '*+', '', ''])
    if r < 0.9:
        return '(?=%s)' % gen(depth + 1) if rng.random() < 0.5 else '(?!%s)' % gen(depth + 1)
    if r < 0.95:
        return '(?<=%s)' % rng.choice(['a', 'b', '[ab]', r'\w', 'ab', '.'])
    return '(%s)' % gen(depth + 1) + r'\%d' % 1
chars = 'abcA1 \n'
for i in range(2000):
    p = gen(0)
    flags = rng.choice([0, 0, re.I, re.M, re.S, re.A])
    s = ''.join(rng.choice(chars) for _ in range(rng.randrange(8)))
    try:
        r = re.compile(p, flags)
    except re.error as e:
        print(i, repr(p), 'error', e)
        continue
    except OverflowError as e:
        print(i, repr(p), 'overflow')
        continue
    m = r.search(s)
    print(i, repr(p), flags, repr(s), m and m.regs, m and m.lastindex, r.findall(s), r.sub('<\\g<0>>', s), r.split(s))
