# Sizes too large to allocate or represent raise MemoryError or OverflowError (CPython's
# messages), never an abort, a panic or an attempt to fill the machine's memory.
import itertools
import os
import random
import time


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", len(r) if hasattr(r, "__len__") else r)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)


def imul(seq, n):
    seq *= n
    return seq


attempt("list *= 2**62", lambda: imul([0], 2**62))
attempt("list *= 2**100", lambda: imul([0], 2**100))
attempt("list *= -2**100", lambda: imul([0], -2**100))
attempt("list *= 3", lambda: imul([0], 3))
attempt("list * 2**62", lambda: [0, 1] * 2**62)
attempt("list(range(2**62))", lambda: list(range(2**62)))
attempt("list(range(2**100))", lambda: list(range(2**100)))
attempt("tuple(range(2**62))", lambda: tuple(range(2**62)))
attempt("extend(range(2**62))", lambda: [].extend(range(2**62)))
attempt("to_bytes(2**62)", lambda: (10**100).to_bytes(2**62, "big"))
attempt("to_bytes(2**100)", lambda: (1).to_bytes(2**100, "big"))
attempt("str.zfill", lambda: "a".zfill(2**62))
attempt("bytes.zfill", lambda: b"a".zfill(2**62))
attempt("str.expandtabs", lambda: "\t".expandtabs(2**62))
attempt("bytes.expandtabs", lambda: b"a\tb".expandtabs(2**62))
attempt("str.expandtabs 2**31", lambda: "\t".expandtabs(2**31))
attempt("str.center", lambda: "a".center(2**62))
attempt("str.ljust", lambda: "a".ljust(2**100))
attempt("format width", lambda: format("a", "1099511627776"))
attempt("format int width", lambda: format(1, "1099511627776"))
attempt("format float width", lambda: format(1.5, ">1099511627776"))
attempt("os.urandom", lambda: os.urandom(2**62))
attempt("getrandbits(2**40)", lambda: random.getrandbits(2**40))
attempt("repeat(1, 2**100)", lambda: itertools.repeat(1, 2**100))
attempt("repeat(1, -2**100)", lambda: itertools.repeat(1, -2**100))
attempt("repeat(1, 3)", lambda: list(itertools.repeat(1, 3)))
attempt("sleep(nan)", lambda: time.sleep(float("nan")))
attempt("sleep(inf)", lambda: time.sleep(float("inf")))
attempt("sleep(-inf)", lambda: time.sleep(float("-inf")))
attempt("sleep(1e300)", lambda: time.sleep(1e300))
attempt("sleep(10**10)", lambda: time.sleep(10**10))
attempt("sleep(-2**100)", lambda: time.sleep(-2**100))
attempt("sleep(-1)", lambda: time.sleep(-1))
attempt("sleep(-0.5)", lambda: time.sleep(-0.5))
attempt("sleep(0)", lambda: time.sleep(0))
attempt("sleep(0.001)", lambda: time.sleep(0.001))
