"""Generator frames come from the thread's pool of parked frames and go back when the
generator finishes: argument binding (keywords, defaults, *args, errors), many generators
alive at once, unfinished generators freed, and frames reused after each kind of end."""
import sys


def gen(a, b=2, *rest, c=3, **kw):
    yield a
    yield b
    yield rest
    yield c
    yield sorted(kw.items())


print(list(gen(1)))
print(list(gen(1, 5, 6, 7, c=8, d=9)))
print(list(gen(b=4, a=3)))
try:
    gen()
except TypeError as e:
    print("TypeError", e)
try:
    gen(1, c=2, c2=3, a=4)
except TypeError as e:
    print("TypeError", e)


def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    return total


alive = [counter(i) for i in range(150)]
for g in alive[::2]:
    next(g, None)
print(sum(sum(g) for g in alive))


def cell_gen(x):
    def inner():
        return x
    yield inner()
    x += 1
    yield inner()


print([list(cell_gen(i)) for i in range(3)])


def with_finally(tag):
    try:
        yield tag
        yield tag + 1
    finally:
        print("finally", tag)


g = with_finally(10)
print(next(g))
del g
g = with_finally(20)
print(next(g))
g.close()
print(list(with_finally(30)))


def raises(n):
    yield n
    raise ValueError(n)


for i in range(3):
    try:
        list(raises(i))
    except ValueError as e:
        print("ValueError", e)


def locals_after():
    a = 1
    yield sys._getframe()
    b = 2
    yield b


g = locals_after()
fr = next(g)
first = locals_after.__code__.co_firstlineno
print(fr.f_code.co_name, fr.f_lineno - first)
print(list(g))
print(list(counter(4)), list(counter(0)))
