# FOR_ITER fused with the STORE_FAST of the loop variable: range, list and tuple iterators
# (stored directly) and every other iterator (the generic path), the release of the previous
# item when the next one replaces it, loops left by break, else clauses, and an exception
# raised by __next__ with its line.
import traceback


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def walk(items):
    seen = []
    for item in items:
        seen.append(item if isinstance(item, int) else item.n)
        if isinstance(item, Noisy):
            print("at", item.n)
    else:
        print("exhausted")
    return seen


print(walk(range(3)), walk([4, 5]), walk((6,)), walk({7: 0, 8: 1}), walk("ab" and [9]))
print(walk([Noisy(1), Noisy(2)]))
print(walk(Noisy(n) for n in (3, 4)))


def release_on_store():
    items = [Noisy(5), Noisy(6)]
    for k, _ in enumerate(items):
        pass
    for item in items:
        items[items.index(item)] = None
        print("holding", item.n)
    print("after loop")


release_on_store()


def gen():
    yield 1
    yield 2


total = 0
for v in gen():
    total += v
for v in iter([10, 20]):
    total += v
for v in range(5):
    if v == 3:
        break
print(total, v)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        if self.n == 2:
            raise RuntimeError("broken iterator")
        self.n -= 1
        return self.n


def use(it):
    got = []
    for x in it:
        got.append(x)
    return got


print(use(Countdown(1)))
try:
    use(Countdown(4))
except RuntimeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("RuntimeError", e, [(fr.name, fr.lineno) for fr in tb])


def nested():
    out = []
    for i in range(3):
        for j in [i, i + 1]:
            out.append((i, j))
    return out


print(nested())
