"""f_locals of a running function frame: its current locals, cells and free variables.

gilpy cannot read a running frame's fast locals from native code yet and raises
NotImplementedError (listed in KNOWN_FAILURES); finished frames, module and class frames, and
suspended generators' frames work (other cases)."""
import sys


def outer(a):
    b = a + 1

    def inner():
        return a

    print(sorted(sys._getframe().f_locals))
    print(sorted(sys._getframe(0).f_locals.items(), key=lambda kv: kv[0])[:2])
    return inner


outer(1)


def caller():
    x = 10

    def callee():
        return sys._getframe(1).f_locals["x"]

    return callee()


print(caller())
