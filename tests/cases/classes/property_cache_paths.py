# A `LOAD_ATTR` site that has cached a property (or another data descriptor) calls its getter
# directly: an `AttributeError` from the getter still falls back to `__getattr__` (also one
# added to the class later), other errors propagate, tracebacks show the getter's frame and
# line, and replacing the property is seen.
import traceback


class WithFallback:
    @property
    def p(self):
        raise AttributeError("no p")

    @property
    def q(self):
        raise ValueError("bad q")

    @property
    def ok(self):
        return "ok"

    def __getattr__(self, name):
        return "__getattr__ " + name


class NoFallback:
    @property
    def p(self):
        raise AttributeError("no p here")

    @property
    def deep(self):
        return self.helper()

    def helper(self):
        return 1 / 0


class Desc:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        raise AttributeError("from __get__")

    def __set__(self, obj, value):
        pass


class DescFallback:
    d = Desc()

    def __getattr__(self, name):
        return "__getattr__ " + name


def read(o, which):
    if which == "p":
        return o.p
    if which == "q":
        return o.q
    if which == "ok":
        return o.ok
    if which == "deep":
        return o.deep
    return o.d


def attempt(o, which):
    try:
        return read(o, which)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


w, n, d = WithFallback(), NoFallback(), DescFallback()
for _ in range(3):
    print(attempt(w, "p"), attempt(w, "q"), attempt(w, "ok"))
    print(attempt(n, "p"), attempt(d, "d"))

for _ in range(2):
    try:
        read(n, "deep")
    except ZeroDivisionError as e:
        print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)])

# `__getattr__` added after the site cached the property, then removed.
NoFallback.__getattr__ = lambda self, name: "late __getattr__ " + name
print(attempt(n, "p"), attempt(n, "p"))
del NoFallback.__getattr__
print(attempt(n, "p"))

# The property replaced, then shadowed by a plain class attribute, then by an instance one.
WithFallback.ok = property(lambda self: "new ok")
print(attempt(w, "ok"), attempt(w, "ok"))
WithFallback.ok = "plain"
print(attempt(w, "ok"))
w.ok = "instance"
print(attempt(w, "ok"))
