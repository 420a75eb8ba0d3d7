"""__del__ added, replaced or removed after instances exist; nested releases inside __del__."""


class Base:
    pass


class Child(Base):
    pass


a = Child()
b = Child()
del a
print("no finalizer yet")


def base_del(self):
    print("base __del__", type(self).__name__)


Base.__del__ = base_del
del b
print("after base assignment")

c = Child()
Child.__del__ = lambda self: print("child __del__")
del c

d = Child()
del Child.__del__
del d

e = Child()
del Base.__del__
del e
print("both removed")


class Holder:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def __del__(self):
        print("release", self.name)
        inner = self.inner
        self.inner = None
        del inner
        print("after inner of", self.name)


chain = Holder("outer", Holder("middle", Holder("inner")))
del chain
print("chain done")

items = [Holder(str(i)) for i in range(3)]
del items
print("list done")

keep = []


class Phoenix:
    def __del__(self):
        print("resurrect")
        keep.append(self)


p = Phoenix()
del p
print(len(keep), type(keep[0]).__name__)
keep.clear()
print("cleared (no second __del__)")
