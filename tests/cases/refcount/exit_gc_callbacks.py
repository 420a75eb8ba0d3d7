# gc.callbacks at exit: they see the one collection Py_FinalizeEx runs before the modules are
# torn down (nothing collected: __main__ is still alive); teardown's own collections do not
# call them. The callback's globals are a dict of its own, so it outlives __main__'s.
import gc
import os
import sys

ns = {"w": os.write}
exec("def cb(phase, info): w(1, (phase + ' ' + str(sorted(info.items())) + '\\n').encode())", ns)
gc.callbacks.append(ns["cb"])
del ns


class D:
    def __del__(self):
        os.write(1, b"D.__del__\n")


d = D()
out = open(sys.stdout.fileno(), "w", closefd=False)
out.write("x flushed\n")


def f():
    pass


print("end", flush=True)
