"""tuple(x), list(x) and set(x) of the exact types from the call instructions: results, the
identity of tuple(tuple), subclasses (the generic path), and the errors of bad arguments."""


class MyTuple(tuple):
    pass


class MyList(list):
    def __init__(self, x):
        print("MyList.__init__")
        super().__init__(x)


class MySet(set):
    pass


def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError("failed at %d" % i)
        yield i


t = (1, 2, 3)
print(tuple(t) is t, tuple(MyTuple(t)) is t, type(tuple(MyTuple(t))).__name__)
print(tuple(gen(3)), list(gen(3)), set(gen(3)), tuple(), list(), set())
lst = [3, 1, 2]
copy = list(lst)
print(copy, copy is lst, list("ab"), set("abca") == {"a", "b", "c"}, sorted(set({"k": 1})))
print(list(range(5)), tuple({2: "x", 1: "y"}), set(frozenset([1, 2])), set(b"ab"))
print(type(MyList(t)).__name__, type(MySet(t)).__name__, MyTuple(gen(2)))
for call, arg in ((tuple, 5), (list, None), (set, 1.5), (set, [[1]]), (list, gen(5, 2))):
    try:
        call(arg)
    except Exception as e:
        print(call.__name__, type(e).__name__, e)
try:
    tuple(1, 2)
except TypeError as e:
    print(e)
try:
    set(gen(3), 1)
except TypeError as e:
    print(e)
