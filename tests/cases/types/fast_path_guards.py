# The eval loop's fast paths (float arithmetic and comparisons, list and tuple subscripts,
# truth tests) apply to exact builtin types only: subclasses, temporaries of subclasses and
# objects with dunder overrides take the generic path, and the result of a reused temporary
# float never leaks into a subclass instance.

class F(float):
    def __add__(self, other):
        return "F.__add__"
    def __lt__(self, other):
        return "F.__lt__"

class G(float):
    pass

class L(list):
    def __getitem__(self, i):
        return ("L", i)
    def __setitem__(self, i, v):
        print("L set", i, v)

class T(tuple):
    def __getitem__(self, i):
        return ("T", i)

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v

def run():
    f, x = F(1.5), 2.0
    print(f + x, x + f, f - x, f < x, x < f)
    print(F(1.5) + 2.0, G(1.5) + 2.0, type(G(1.5) * G(2.0)).__name__)
    t = G(0.5) * 3.0 - 1.0
    print(t, type(t).__name__)
    print(1.5 < 2, 2 < 1.5, 1.0 == 1, 2 ** 60 < 2.0 ** 61, float("nan") < 1.0)
    print(2.0 * 3, 3 * 2.0, 7 / 2.0, 7.5 // 2, 7.5 % 2, 2 ** -1.0)
    lst, tup = L([1, 2, 3]), T((4, 5, 6))
    print(lst[0], tup[1], [1, 2, 3][-1], (4, 5, 6)[-3])
    lst[1] = 9
    lst[1] += (1,)
    plain = [1.0, 2.0, 3.0]
    plain[0] -= 0.5
    plain[-1] *= 2
    print(plain, list.__getitem__(lst, 1))
    for v in (B(True), B(False)):
        if v:
            print("taken")
        print(not v)
    try:
        [1, 2][5]
    except IndexError as e:
        print("IndexError", e)
    try:
        1.0 / 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        (1.5).__class__ < "a"
    except TypeError as e:
        print("TypeError", e)
    try:
        print(1.5 < "a")
    except TypeError as e:
        print("TypeError", e)

run()
