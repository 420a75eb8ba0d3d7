# __main__ held by its own global (import __main__): the module and its dict form a cycle,
# which teardown collects whole, so finalizers see the globals (no names set to None).
import __main__ as me
import sys

X = "x"


class D:
    def __del__(self):
        print("D.__del__", X, me.X, "__main__" in sys.modules)


d = D()
print("end")
