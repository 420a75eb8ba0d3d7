import weakref
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
a = A(1)
b = A(1)
ra = weakref.ref(a)
rb = weakref.ref(b)
print(ra == rb, ra != rb, hash(ra) == hash(a))
d = {ra: "x"}
print(d[rb])
del a
print(ra == rb)
try:
    hash(weakref.ref(A(5)))
except TypeError as e:
    print(e)
