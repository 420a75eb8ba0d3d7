# isinstance() answers from the MRO when the class's metaclass is exactly `type` (alone or in
# a flat tuple); other metaclasses, nested tuples, unions and errors take the generic path.


class A:
    pass


class B(A):
    pass


class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return inst == 7


class Q(metaclass=Meta):
    pass


class PlainMeta(type):
    pass


class P(metaclass=PlainMeta):
    pass


class PS(P):
    pass


b = B()
for cls in (A, B, object, int, (int, A), (int, str), (), (B,), (str, (int, A))):
    print(isinstance(b, cls), isinstance(3, cls), isinstance(True, cls))
print(isinstance(7, Q), isinstance(8, Q), isinstance(Q(), Q))
print(isinstance(3, (int, Q)), isinstance(7, (str, Q)), isinstance(3, (str, Q, int)))
print(isinstance(PS(), P), isinstance(P(), PS), isinstance(PS(), (int, P)))
print(isinstance(b, A | int), isinstance(3, str | None), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(Q, Meta), isinstance(Q, type), isinstance(int, object))
print(isinstance(1, (int, 1)))
for args in ((1, 1), (1, (str, 1)), (1,), (1, int, int)):
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, cls=int)
except TypeError as e:
    print("TypeError:", e)


def count(items, cls):
    n = 0
    for x in items:
        if isinstance(x, cls):
            n += 1
    return n


items = [1, "a", b, A(), True, 2.5, None, [1]]
print(count(items, A), count(items, int), count(items, (str, float)), count(items, object))
