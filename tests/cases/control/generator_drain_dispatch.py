"""A generator drained natively takes each item at its `yield` without leaving the eval loop:
another thread that runs while the drained generator waits sees it running; calls made inline
between the items; a nested drain inside the drained frame; an item handed back mid-drain; a
yield inside `try`/`finally`; the generator's line and locals after the drain stops."""
import sys
import threading


started = threading.Event()
done = threading.Event()


def waits(n):
    for i in range(n):
        if i == 2:
            started.set()
            done.wait()
        yield i


g = waits(5)


def other():
    started.wait()
    print("other: running", g.gi_running, "suspended", g.gi_suspended)
    try:
        next(g)
    except ValueError as e:
        print("other: ValueError", e)
    done.set()


t = threading.Thread(target=other)
t.start()
print("sum", sum(g))
t.join()
print("after", g.gi_running, g.gi_suspended, g.gi_frame)


def add(a, b):
    return a + b


class Pair:
    def __init__(self, a):
        self.a = a


print(sorted(set(add(x, 1) for x in range(6))))
print(list(Pair(x).a for x in range(4)))
print(sum(len(set(y % (x + 1) for y in range(8))) for x in range(5)))
print(list(list(y for y in range(x)) for x in range(4)))


def hands_back():
    yield 1
    yield 2
    yield [3]
    yield 4


h = hands_back()
try:
    set(h)
except TypeError as e:
    print("TypeError", e, "suspended", h.gi_suspended,
          "line", h.gi_frame.f_lineno - hands_back.__code__.co_firstlineno)
print("rest", list(h))


def with_finally(n):
    try:
        for i in range(n):
            yield i * 2
    finally:
        print("finally", sys.exc_info()[0])


print(sum(with_finally(4)), sorted(set(with_finally(3))))


def locals_kept(n):
    total = 0
    for i in range(n):
        total += i
        yield total
        if total > 5:
            yield locals()["total"]


k = locals_kept(5)
print(list(k), k.gi_frame)


def many(n):
    i = 0
    while i < n:
        yield i
        i += 1


results = []


def worker(n):
    results.append((n, sum(many(n)), len(set(many(n))), len(list(many(n)))))


sys.setswitchinterval(1e-6)
threads = [threading.Thread(target=worker, args=(20000 + i,)) for i in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results))
