import enum, re, pickle
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(Perm), Perm._member_names_, len(Perm), list(Perm.__members__))
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm.RWX), list(Perm.RWX), list(Perm.R|Perm.X))
print(repr(~Perm.R), repr(~Perm.RWX), repr(Perm(0)), str(Perm(0)), bool(Perm(0)))
print(repr(Perm.R & Perm.W), repr(Perm.R ^ Perm.RWX), Perm.R in Perm.RWX, Perm.R|Perm.W|Perm.X is Perm.RWX)
print(len(Perm.R|Perm.W), Perm(6).name, Perm(0).name, Perm(3).value)
print(format(Perm.R|Perm.W), f"{Perm.X}")
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), [m.value for m in Color], repr(Color.WHITE), repr(~Color.RED), Color._flag_mask_, Color._all_bits_)

class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(P.R|P.W), str(P.R|P.W), P.R|P.W, P.R + 1, P.R | 8, repr(P.R | 8), repr(P(0)), str(P(0)))
print(repr(~P.R), repr(P.R & 6), P.R == 4, isinstance(P.R, int), repr(P(12)), f"{P.W}", format(P.W, "b"))
print(type(P.R | 1), repr(P.R ^ 1), repr(1 | P.R), list(P(7)), P(7).name, P.R in P(5))
print(repr(P(-1)), repr(~P(0)))
print(list(P.__members__.items()))

class S(Flag, boundary=STRICT):
    A = 1
    B = 2
try:
    S(7)
except ValueError as e:
    print("ValueError:", e)
class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(C(7)))
class E(IntFlag, boundary=EJECT):
    A = 1
    B = 2
print(repr(E(7)), type(E(7)), repr(E(3)))
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(K(7)), str(K(7)), repr(K(4)))
print(Perm._boundary_, P._boundary_, S._boundary_, FlagBoundary.STRICT, repr(FlagBoundary.KEEP))
print(pickle.loads(pickle.dumps(Perm.R|Perm.W)) is (Perm.R|Perm.W), pickle.loads(pickle.dumps(P.R)))
print(Perm.R.__reduce_ex__(2), (Perm.R|Perm.W).__reduce_ex__(2))
print(repr(re.I), repr(re.I | re.M), str(re.I), type(re.I), re.I.value, re.IGNORECASE is re.I, repr(re.I|8192))
print(re.RegexFlag, list(re.RegexFlag)[:3], re.M & re.I, repr(~re.I)[:40])
print(repr(re.NOFLAG), re.compile("a", re.I).flags, repr(re.compile("a", re.I|re.X).flags))
