"""`yield from` over builtin iterators (the native path) and over iterator subclasses that
override `__next__` (the generic path), with send, throw and gi_yieldfrom."""


def flatten(groups):
    for g in groups:
        r = yield from g
        print("returned", r)


print(list(flatten([(1, 2), [3], range(4, 6), "ab", {7: 0}, iter([8])])))


class Loud(map):
    def __next__(self):
        v = super().__next__()
        print("Loud.__next__", v)
        return v


print(list(flatten([Loud(abs, [-1, -2])])))

g = flatten([(10, 20)])
print(next(g))
print(type(g.gi_yieldfrom).__name__)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)
print(g.gi_yieldfrom)

g = flatten([(10, 20)])
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError", e)
print(list(g))


def stops():
    yield from iter([1])
    yield from iter(())
    return "done"


def outer():
    r = yield from stops()
    print("outer got", r)


print(list(outer()))
