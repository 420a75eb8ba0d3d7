class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Meters({self.v})"
    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, (int, Meters)):
            return Meters(self.v + (other.v if isinstance(other, Meters) else other))
        return NotImplemented
    def __radd__(self, other):
        print("__radd__", other)
        return self + other
    def __rsub__(self, other):
        print("__rsub__", other)
        return Meters(other - self.v)
class Smart(Meters):
    def __radd__(self, other):
        print("Smart.__radd__", other)
        return Smart(other.v * 100 + self.v)
print(Meters(1) + 2)
print(2 + Meters(1))
print(10 - Meters(3))
print(sum([Meters(1), Meters(2)]))
print(Meters(1) + Smart(2))
try:
    "x" + Meters(1)
except TypeError as e:
    print("TypeError:", e)
