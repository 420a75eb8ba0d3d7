# CALL_METHOD and CALL_FUNCTION tell a Python function from a builtin by one match: sites whose
# callee changes kind, methods overridden or replaced on subclasses, module functions loaded
# after LOAD_METHOD's null, bound builtins, and the release order of a call's temporaries.


class L(list):
    def append(self, x):
        super().append(("L", x))


class M(list):
    pass


def fill(objs):
    for o in objs:
        o.append(1)
        o.append(len(o) + 10)
    return objs


print(fill([[], L(), M(), [], L()]))
M.append = lambda self, x: list.insert(self, 0, x)
print(fill([M(), []]))
del M.append
print(fill([M()]))

import math

for v in (2.5, -2.5, 3):
    print(math.floor(v), math.ceil(v))
f = [].append
for g in (abs, f, str, lambda x: x):
    print(type(g(-1)).__name__)
print(f.__self__)


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __eq__(self, other):
        return False


def releases():
    # Run once, without loops (CPython 3.11 leaves such code unspecialised: its
    # PRECALL_NO_KW_LIST_APPEND, once warmed up, moves the argument into the list instead).
    print(list([D("self item")]).count(D("arg")))
    print(len([D("len arg")]))
    [D("stmt self")].append(D("stmt arg"))
    print("after")


releases()
for bad in ((), (1, 2)):
    try:
        [].append(*bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        len(*bad)
    except TypeError as e:
        print("TypeError:", e)
