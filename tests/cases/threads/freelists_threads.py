# Four threads make and drop tuples, lists, instances, iterators and floats (the per-thread free
# lists), then exit while the main thread goes on making them: three rounds.
import threading


class P:
    def __init__(self, a):
        self.a = a

    def m(self):
        return self.a


def work(k, out):
    total = 0
    for i in range(400):
        t = (i, k, i + k)
        l = [i, k]
        p = P(i)
        it = iter(l)
        total += next(it) + t[2] + p.m() + len(l)
        f = i * 0.5
        f = f + 1.0
        f = f * 2.0
        total += int(f)
        for x in t:
            total += x
        del t, l, p, it
    out[k] = total


for rnd in range(3):
    out = {}
    ts = [threading.Thread(target=work, args=(k, out)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    keep = []
    for i in range(300):
        keep.append((i, [i], P(i), iter([i])))
    s = sum(p.m() for _, _, p, _ in keep)
    print(rnd, sorted(out.items()), s)
