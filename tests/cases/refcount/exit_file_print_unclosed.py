# print(..., file=f) to a text file never closed or flushed, in a module whose globals are
# in a cycle, and one more file in a list in a cycle of its own: both are written at exit.
import sys

f = open(sys.stdout.fileno(), "w", closefd=False)
print("one", file=f)
print("two", 3, sep="-", file=f)
g = open(sys.stdout.fileno(), "w", closefd=False)
holder = [g]
holder.append(holder)
g.write("from g\n")


def func():
    return f


print("end", flush=True)
