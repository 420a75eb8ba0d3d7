"""Many names looked up on one class (the method cache grows), then class attributes change."""


class C:
    pass


names = [f"attr_{i}" for i in range(300)]
for i, n in enumerate(names):
    setattr(C, n, i)
c = C()
print(sum(getattr(c, n) for n in names))
for n in names[::7]:
    setattr(C, n, -1)
print(sum(getattr(c, n) for n in names))
for n in names[::11]:
    delattr(C, n)
print(sum(getattr(c, n, 1000) for n in names))


class D(C):
    attr_3 = "d"


print(D().attr_3, D().attr_4, hasattr(D(), "attr_0"), [x for x in dir(D) if x.startswith("attr_1")][:3])
print(len("abc"), "x".upper(), [].__len__(), (1).bit_length())
