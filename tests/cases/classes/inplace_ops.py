class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        print("__iadd__", other)
        self.items.append(other)
        return self
    def __add__(self, other):
        print("__add__", other)
        new = Acc()
        new.items = self.items + [other]
        return new
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
a = Acc()
alias = a
a += 1
a += 2
print(a.items, a is alias)
a = a + 3
print(a.items, a is alias, alias.items)
o = OnlyAdd(1)
before = o
o += 5
print(o.v, o is before)
class Weird:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "fallback __add__"
w = Weird()
w += 1
print(w)
