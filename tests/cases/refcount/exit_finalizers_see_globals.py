# At exit, finalizers of objects held by __main__'s globals still see those globals (CPython
# frees the module with its sys.modules entry and collects its dict whole), and the dict's
# keys are not compared again (no names set to None one by one).
import sys

X = "x"


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, X, A.__name__, "__main__" in sys.modules)


class K(str):
    def __hash__(self):
        return hash("X")

    def __eq__(self, other):
        print("eq", other, X)
        return str.__eq__(self, other)


a = A(1)
b = A(2)
c = A(3)
c.self = c
globals()[K("zz")] = 1
print("end")
