# An instance's first stores of each attribute (as `__init__` makes them) keep their
# insertion order: in index order, out of order, after a deletion, past the names the class
# had when the instance was made, and through the same `STORE_ATTR` sites for instances of
# several classes.


class P:
    def __init__(self, a, b, c):
        self.x = a
        self.y = b
        self.z = c


class Q:
    def __init__(self, a, b, c, reverse):
        if reverse:
            self.z = c
            self.y = b
            self.x = a
        else:
            self.x = a
            self.y = b
            self.z = c


def fill(o, names):
    for n in names:
        setattr(o, n, n.upper())
    return o


for _ in range(3):
    print(vars(P(1, 2, 3)))
    print(vars(Q(1, 2, 3, False)), vars(Q(1, 2, 3, True)))

q = Q(1, 2, 3, False)
del q.y
q.y = "again"
print(vars(q), q.x, q.y, q.z)

early = P(1, 2, 3)
P.__init__(early, 4, 5, 6)
late_names = fill(P(7, 8, 9), ["w", "v"])
print(vars(early), vars(late_names))
newer = P(0, 0, 0)
newer.v = "v first"
newer.w = "w second"
print(vars(newer), list(newer.__dict__))

q2 = Q(1, 2, 3, True)
q2.x = "replaced"
print(vars(q2))
