# __main__'s dict held past teardown by a function stored in sys (which is torn down last):
# CPython frees the module, leaves the dict alone, and never finalizes what it holds, so
# D.__del__ never runs; gilpy likewise leaves it (no names set to None, no finalizers).
import sys


class D:
    def __del__(self):
        print("D.__del__", X)


X = "x"
d = D()


def hook():
    return d


sys.kept_hook = hook
print("end")
