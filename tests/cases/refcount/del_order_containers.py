# The order in which freeing a container runs its items' __del__: lists and tuples last to
# first, dicts, instance attributes and locals first to last, each item's own contents
# before the next item (CPython's recursive deallocation).
class N:
    def __init__(self, t, kids=()):
        self.t = t
        self.kids = kids
    def __del__(self):
        print("del", self.t)
def make(p):
    return [N(p + "a", [N(p + "a1"), N(p + "a2")]), N(p + "b"), N(p + "c")]
x = make("L"); del x; print("--")
x = tuple(make("T")); del x; print("--")
x = {i: v for i, v in enumerate(make("D"))}; del x; print("--")
class H: pass
h = H(); h.a, h.b, h.c = make("I"); del h; print("--")
def f():
    a, b, c = make("F")
f(); print("--")
x = [[N("n1"), N("n2")], (N("t1"), N("t2"))]; del x; print("--")
import sys
x = {"k": N("v1"), "j": N("v2")}; del x; print("end")
