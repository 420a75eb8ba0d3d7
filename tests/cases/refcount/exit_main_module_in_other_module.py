# __main__ held by another module's global, that module held back by __main__: teardown
# frees the two with their cycle, and a finalizer still sees the globals of both.
import sys
import types

holder = types.ModuleType("holder")
holder.main = sys.modules["__main__"]
sys.modules["holder"] = holder
exec("Y = 'y'\ndef x_of_main():\n    return main.X\n", holder.__dict__)
X = "x"


class D:
    def __del__(self):
        print("D.__del__", X, holder.Y, holder.x_of_main())


d = D()
print("end")
