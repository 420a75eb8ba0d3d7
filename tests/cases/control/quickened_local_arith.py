# The LOAD_FAST + LOAD_FAST + add/subtract/multiply superinstruction (with the STORE_FAST that
# follows, which may write a float result into the float its local holds) and POP_TOP +
# JUMP_ABSOLUTE: operands that are not small ints or exact floats, overflow to big ints,
# operator overrides in subclasses, errors and their lines, unbound locals, a jump into the
# middle of a fused sequence, floats shared with other names, and the eval breaker at the jump.
import itertools
import sys
import threading
import traceback


def ops(a, b):
    s = a + b
    d = a - b
    p = a * b
    return s, d, p


def inplace(a, b):
    t = a
    t += b
    u = a
    u -= b
    w = a
    w *= b
    return t, u, w


def pushed(a, b):
    return a * b, [a + b, a - b]


values = [0, 7, -3, 2**30, 2**31, 2**61 - 1, -(2**61), 2**62, 10**30, 1.5, -0.0, 2.0,
          float("inf"), float("nan"), True, False, 3 + 4j]
for a in values:
    for b in values:
        print(repr(a), repr(b), ops(a, b), inplace(a, b), pushed(a, b))


class F(float):
    def __mul__(self, other):
        return "F.mul", float(self), other

    def __rmul__(self, other):
        return "F.rmul", other, float(self)

    def __add__(self, other):
        return "F.add", float(self), other


class I(int):
    def __sub__(self, other):
        return "I.sub", int(self), other

    def __rsub__(self, other):
        return "I.rsub", other, int(self)


print(ops(F(2.0), 3.0), ops(3.0, F(2.0)), ops(2, F(0.5)))
print(ops(I(5), 2), ops(2, I(5)), ops(2.5, I(5)))


def cat(a, b):
    return a + b


def rep(a, b):
    return a * b


print(cat("ab", "cd"), cat([1], [2, 3]), rep(3, "ab"), rep([0], 2))


def show(exc):
    frames = traceback.extract_tb(exc.__traceback__)
    print(type(exc).__name__, exc, [(fr.name, fr.lineno) for fr in frames])


def bad_types(x, y):
    z = 1
    z = (x
         *
         y)
    return z


for args in (("s", 2.5), (None, 1), (1.5, [1]), (10**400, 1.5)):
    try:
        bad_types(*args)
    except (TypeError, OverflowError) as e:
        show(e)


def unbound_first():
    if False:
        a = 1
    b = 2.0
    return a * b


def unbound_second():
    a = 2.0
    if False:
        b = 1
    c = a * b
    return c


for fn in (unbound_first, unbound_second):
    try:
        fn()
    except UnboundLocalError as e:
        show(e)


def middle(a, b, c, d):
    x = (a if c else b) * d
    return x


print(middle(2.0, 3.0, True, 4.0), middle(2.0, 3.0, False, 4.0), middle(2, 3, 0, 5))


def shared(n):
    x = 1.5
    y = 2.0
    kept = []
    for _ in range(n):
        z = x * y
        kept.append(z)
        z = z * y
        alias = z
        z = x + y
        x = x - y
    return kept, alias, z, x


print(shared(4))


def accumulate(xs):
    total = 0.0
    step = 0.5
    seen = []
    for x in xs:
        total = total + step
        seen.append(total)
        total = total * x
    return total, seen


print(accumulate([1.0, 2.0, 3, -1.5]))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "line", sys._getframe(1).f_lineno)


def replaced(a, b):
    t = Noisy("t")
    t = a * b
    return t


print(replaced(1.5, 2.0), replaced(3, 4))


def popped(n):
    for i in range(n):
        Noisy(i)
    print("end of popped")


popped(2)

state = [False, 0]


def worker():
    state[0] = True


t = threading.Thread(target=worker)
t.start()
for _ in itertools.count():
    if state[0]:
        break
    state[1]
t.join()
print("thread ran while the loop spun")
