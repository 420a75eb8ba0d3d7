# Freed instances give their attribute arrays back for reuse: a new instance must start
# empty, the released values must be freed at once (their __del__ runs in order), and
# widths past the kept sizes, resurrection and out-of-order stores behave as a dict would.
import sys


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


class P:
    pass


def fill(obj, names):
    for i, n in enumerate(names):
        setattr(obj, n, i)


a = P()
a.x = Noisy("a.x")
a.y = Noisy("a.y")
print("dropping a")
del a
print("dropped a")

b = P()
print("fresh", vars(b))
b.y = 1
b.x = 2
print("order", list(vars(b)))

c = P()
print("fresh again", vars(c), hasattr(c, "x"), hasattr(c, "y"))


class Wide:
    pass


for round_no in range(3):
    w = Wide()
    fill(w, ["n%d" % i for i in range(12)])
    w.last = Noisy("wide %d" % round_no)
    print(round_no, len(vars(w)), w.n11)
    del w

keep = []


class Back:
    def __del__(self):
        print("resurrect", self.v)
        keep.append(self)


r = Back()
r.v = 1.5
del r
print("kept", keep[0].v, sys.getrefcount(keep[0]))
keep[0].v = 2.5
print("kept now", keep[0].v)
keep.clear()
print("end")

f = [x * 0.5 for x in range(300)]
g = [v + 1.0 for v in f]
del f
h = [v * 2.0 for v in g]
print(sum(g), sum(h), h[:3], h[-1])
