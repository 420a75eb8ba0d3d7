"""A list or tuple iterator at its end: finished for good (a later append is not seen), and it
releases its sequence at once (the items' `__del__` runs before the next statement)."""
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


for x in [D("list item")]:
    print("body", x.name)
del x
print("after list loop")

for x in (D("tuple item"),):
    print("body", x.name)
del x
print("after tuple loop")

l = [1, 2]
it = iter(l)
print(list(it), next(it, "end"))
l.append(3)
print(next(it, "still end"), list(it))

t = (1, 2)
it = iter(t)
print(list(it), next(it, "end"), list(it))

l = [0]
for v in l:
    if v < 3:
        l.append(v + 1)
print(l)

base = [10, 20]
it = iter(base)
print(sys.getrefcount(base), next(it), next(it), next(it, "end"), sys.getrefcount(base))


class MyList(list):
    pass


for v in MyList([D("subclass item")]):
    print("body", v.name)
del v
print("after subclass loop")
