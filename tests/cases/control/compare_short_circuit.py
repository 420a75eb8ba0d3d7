# A comparison of small ints or floats followed by `or`/`and` (COMPARE_OP with
# JUMP_IF_TRUE_OR_POP / JUMP_IF_FALSE_OR_POP predicted): the value the expression keeps in both
# directions, and operands off the fast path (a __lt__ returning a non-bool, big ints, strings).


class Odd:
    def __lt__(self, other):
        return "odd-lt"

    def __bool__(self):
        print("__bool__")
        return True


def either(a, b, c):
    return a < b or c


def both(a, b, c):
    return a < b and c


for a, b in ((1, 2), (2, 1), (1.5, 2.5), (3.0, -1.0), (2**70, 2**71), ("a", "b"), (Odd(), 1)):
    print(repr(either(a, b, "else")), repr(both(a, b, "then")))

flags = [x > 2 or x == 0 for x in range(5)]
print(flags, [x >= 1 and x * 10 for x in range(3)])
x = 5
print(x > 3 and x < 10 and "in range", x < 3 or x > 9 or "not outside")
