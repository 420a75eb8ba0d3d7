"""A generator sees the exception its caller is handling when it has none of its own
(CPython's exc_info chain), and its own across yields."""
import sys


def sees_caller():
    yield sys.exc_info()[0]
    try:
        yield sys.exc_info()[0]
    finally:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


c = sees_caller()
try:
    raise IndexError("caller")
except IndexError:
    print("caller handles:", next(c))
print("no handler:", next(c))
print("thrown into try:", c.throw(OSError("thrown")), sys.exc_info()[0])
try:
    raise LookupError("caller again")
except LookupError:
    try:
        next(c)
    except OSError as e:
        print("propagated:", repr(e), sys.exc_info()[0])
    print("caller's again:", sys.exc_info()[0])
print(next(c, "finished"), sys.exc_info()[0])
