"""Floats reused from the per-thread float free list: values and types of reused floats, float
subclasses (never listed), a full list (more than 100 freed at once), and threads that make and
free floats, then exit (their lists are emptied at exit)."""
import sys
import threading


class F(float):
    pass


def churn(n):
    total = 0.0
    for i in range(n):
        x = i * 0.5
        y = x + 1.25
        total += y - x
    return total


def reuse():
    print(churn(1000))
    a = [float(i) / 4 for i in range(300)]
    del a
    b = [i * 0.25 for i in range(300)]
    print(sum(b), type(b[7]), b[7])
    s = F(2.5)
    del s
    t = 1.5 * 2
    print(t, type(t), F(t) + 1, type(F(t)))
    x = 3.75
    print(sys.getrefcount(x) >= 2, x * 2)


def worker(k, out):
    out[k] = churn(500 + k)
    floats = [k + i / 8 for i in range(150)]
    out[k] += sum(floats)


def threads():
    out = [None] * 6
    ts = [threading.Thread(target=worker, args=(k, out)) for k in range(6)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(out)
    print(churn(200))


reuse()
threads()
reuse()
