class Base:
    @property
    def value(self):
        return "base"
class Child(Base):
    @property
    def value(self):
        return "child+" + super().value
class Setter(Base):
    @Base.value.setter
    def value(self, v):
        self._v = v
print(Child().value)
s = Setter()
s.value = 10
print(s.value, s._v)
class Cached:
    calls = 0
    @property
    def expensive(self):
        Cached.calls += 1
        return 99
c = Cached()
print(c.expensive, c.expensive, Cached.calls)
from functools import cached_property
class Lazy:
    @cached_property
    def data(self):
        print("computing")
        return [1, 2]
l = Lazy()
print(l.data, l.data)
