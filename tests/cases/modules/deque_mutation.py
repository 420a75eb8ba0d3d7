# Changing a deque's size while iterating over it raises RuntimeError, forwards and backwards.
from collections import deque


def attempt(label, fn):
    try:
        print(label, fn())
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


def grow():
    q = deque(range(5))
    for x in q:
        q.append(x)


def shrink_at_end():
    q = deque(range(3))
    seen = []
    for x in q:
        seen.append(x)
        if x == 2:
            q.pop()
    return seen


def backwards():
    q = deque(range(5))
    for x in reversed(q):
        q.appendleft(x)


def same_size():
    q = deque(range(4))
    out = []
    for x in q:
        out.append(x)
        q[0] = 9
    return out


attempt("grow", grow)
attempt("shrink at end", shrink_at_end)
attempt("backwards", backwards)
attempt("same size", same_size)
attempt("list", lambda: list(deque("abc")))
attempt("reversed", lambda: list(reversed(deque("abc"))))
