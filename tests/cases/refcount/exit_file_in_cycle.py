# A buffered text file in __main__'s globals, written to and never closed, while the globals
# are in a cycle (through the function's __globals__): at exit the collection that runs
# before teardown sees the wrapper before its buffer, so teardown's collection finalizes the
# wrapper first and its text is written (as CPython 3.11 does).
import sys

out = open(sys.stdout.fileno(), "w", closefd=False)
out.write("written at exit\n")


def f():
    pass


print("end", flush=True)
