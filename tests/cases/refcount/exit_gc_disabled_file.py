# With gc.disable(), CPython 3.11 runs no collection before teardown: the text file's
# objects are finalized in the order they were made (the raw file first, which closes it), so
# the wrapper's pending text is lost, as here. The __del__ still runs.
import gc
import os
import sys


class D:
    def __del__(self):
        os.write(1, b"D.__del__\n")


d = D()
out = open(sys.stdout.fileno(), "w", closefd=False)
out.write("lost\n")


def f():
    pass


gc.disable()
print("end", flush=True)
