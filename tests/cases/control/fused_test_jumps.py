# Tests fused with the conditional jump after them (IS_OP, LOAD_CONST + IS_OP, CONTAINS_OP):
# both jump senses, operands that override __eq__/__bool__/__contains__, the release order of
# the operands, backward jumps that must still serve signals and other threads, and the line
# of an exception raised in the test or by a signal handler during the loop.
import signal
import sys
import threading
import traceback


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("__eq__ called", self.name)
        return True

    def __bool__(self):
        print("__bool__ called", self.name)
        return False

    def __del__(self):
        print("del", self.name)


def classify(x):
    if x is None:
        return "none"
    if x is not None and x is not True:
        return "other"
    return "true"


for v in (None, True, False, 0, "", Loud("a")):
    print(classify(v))
del v


def same(a, b):
    out = []
    if a is b:
        out.append("is")
    if a is not b:
        out.append("is not")
    if not (a is b):
        out.append("not is")
    return out


x = Loud("b")
print(same(x, x), same(x, Loud("c")), same(1, 1), same([], []))
del x
r = "kept" if (lambda: Loud("d"))() is None else "dropped first"
print(r)


def count_down(n):
    steps = 0
    node = n
    while node is not None:
        steps += 1
        node = node - 1 if node > 0 else None
    return steps


print(count_down(10), count_down(0))


class Bag:
    def __init__(self, items):
        self.items = items

    def __contains__(self, item):
        print("__contains__", item)
        return item in self.items


def members(c, probes):
    found = []
    for p in probes:
        if p in c:
            found.append(p)
        if p not in c:
            found.append(-p)
    return found


print(members({1, 2, 3}, [1, 4]), members([1, 2], [2, 5]), members(Bag([7]), [7, 8]))
print([p.name for p in members((Loud("e"),), [Loud("f")])])


class BadEq:
    def __eq__(self, other):
        raise ValueError("no compare")

    __hash__ = object.__hash__


def contains_raises():
    items = [BadEq()]
    if 3 in items:
        return "found"
    return "absent"


try:
    contains_raises()
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("ValueError", e, [(fr.name, fr.lineno) for fr in tb])

flag = None


def setter():
    global flag
    flag = "set"


t = threading.Thread(target=setter)
t.start()
spins = 0
while flag is None:
    spins += 0
t.join()
print("thread ran:", flag)


def on_alarm(signum, frame):
    raise KeyboardInterrupt("alarm")


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
guard = object()
try:
    while guard is not None:
        pass
except KeyboardInterrupt as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("interrupted", e, [(fr.name, fr.lineno) for fr in tb])
signal.setitimer(signal.ITIMER_REAL, 0)
sys.stdout.flush()
