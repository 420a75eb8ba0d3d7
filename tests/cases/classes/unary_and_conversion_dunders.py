class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v)
    def __invert__(self): return N(~self.v)
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return round(self.v, n)
    def __complex__(self): return complex(self.v)
    def __repr__(self): return f"N({self.v})"
n = N(5)
print(-n, +n, ~n, int(n), float(n), complex(n))
print(bin(n), hex(n), [0, 1, 2, 3, 4, 5, 6][n], round(N(2.567), 2))
print("ab" * N(2), range(N(3)))
class Trunc:
    def __trunc__(self):
        return 7
import math
print(math.trunc(Trunc()))
