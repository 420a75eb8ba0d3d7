"""Calls the eval loop runs inline test a function's arity without reading `__code__`: the test
follows every `__code__` assignment (a generator's code, `*args`, keyword-only parameters, a
different arity), in plain calls, method calls and calls from native code."""


def gen_code(a):
    yield a
    yield a + 1


def star_code(*args):
    return ("star", args)


def kwonly_code(a, *, k=5):
    return ("kwonly", a, k)


def two_code(a, b):
    return ("two", a, b)


def one_code(a):
    return ("one", a)


def target(a):
    return ("target", a)


def call_all(tag):
    try:
        r = target(1)
        if hasattr(r, "__next__"):
            r = list(r)
    except TypeError as e:
        r = "TypeError: " + str(e)
    print(tag, r)


call_all("plain")
for code in (gen_code, star_code, kwonly_code, two_code, one_code):
    target.__code__ = code.__code__
    for _ in range(3):
        call_all(code.__name__)
    try:
        print(" native:", [str(x)[:20] for x in map(target, [7])])
    except TypeError as e:
        print(" native: TypeError:", e)


class C:
    def m(self):
        return "m"


def m_gen(self):
    yield "gen method"


print(C().m())
C.m.__code__ = m_gen.__code__
for _ in range(2):
    print(list(C().m()))
