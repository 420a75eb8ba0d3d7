# A __del__ of an object in a garbage cycle writes to an unclosed file at exit. Finalizers run
# in the collector's list order, as CPython's: the nodes made before the file (the pre-teardown
# collection keeps that order) write while it is open, and their text is flushed with the
# file's; the nodes made after it find it closed.
import os
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = self

    def __del__(self):
        try:
            out.write("del " + self.name + "\n")
        except ValueError as e:
            os.write(1, ("del %s: %s\n" % (self.name, e)).encode())


a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
out = open(sys.stdout.fileno(), "w", closefd=False)
c = Node("c")
out.write("before end\n")
print("end", flush=True)
