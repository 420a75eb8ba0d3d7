import enum, pickle, sys
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(Animal, list(Animal), Animal.__module__, Animal.__qualname__)
print(Enum("A", "x,y", start=10).y.value, list(Enum("B", [("p", 5), ("q", 7)])))
print(list(Enum("C", {"one": 1, "two": 2})), list(IntEnum("D", ["a", "b"])))
Pets = Enum("Pets", "CAT DOG", module=__name__, qualname="Pets")
print(pickle.loads(pickle.dumps(Pets.DOG)) is Pets.DOG, Pets.DOG.__reduce_ex__(4))
Mix = Enum("Mix", [("X", "x")], type=str)
print(repr(Mix.X), Mix.X.upper(), isinstance(Mix.X, str))
F = Flag("F", "A B C")
print(list(F), repr(F.A | F.C), F.C.value)
S = StrEnum("S", "ALPHA BETA")
print(list(S))

class Named(Enum):
    name = 1
    value = 2
    other = 3
print(Named.name, Named.value, Named.name.name, Named.value.value, Named.other.name, list(Named))

class Ordered(Enum):
    _order_ = "A B C"
    A = 1
    B = 2
    C = 3
print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Sunder(Enum):
        _bogus_ = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Mro(Enum):
        mro = 1
except ValueError as e:
    print("ValueError:", e)

@verify(UNIQUE)
class Fine(Enum):
    A = 1
    B = 2
print(list(Fine))
try:
    @verify(UNIQUE)
    class NotUnique(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        B = 4
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(NAMED_FLAGS)
    class Named2(Flag):
        A = 1
        B = 2
        ABX = 11
except ValueError as e:
    print("ValueError:", e)

@enum.global_enum
class Mode(IntEnum):
    READ = 1
    WRITE = 2
print(repr(Mode.READ), str(Mode.WRITE), READ is Mode.READ, WRITE)

@enum.global_enum
class Opt(Enum):
    ON = 1
    OFF = 0
print(repr(Opt.ON), str(Opt.OFF), ON)

@enum.global_enum
class Bits(IntFlag):
    B1 = 1
    B2 = 2
print(repr(Bits.B1 | Bits.B2), repr(Bits.B1 | 8), repr(Bits(0)))

class Registry(Enum):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw, list(cls))
        super().__init_subclass__()
class Reg(Registry, tag=1):
    A = 1

class Coord(bytes, Enum):
    X = (b"x",)
print(repr(Coord.X), Coord.X == b"x")

class Tup(tuple, Enum):
    P = (1, 2)
print(repr(Tup.P), Tup.P[1], Tup((1, 2)))

class FloatE(float, Enum):
    PI = 3.14
print(repr(FloatE.PI), str(FloatE.PI), f"{FloatE.PI}", FloatE.PI * 2)

class Custom(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    A = (1, "first")
    B = (2, "second")
print(Custom(2), Custom.A.label, list(Custom))

class Unhashable(Enum):
    L = [1, 2]
    M = [3]
print(Unhashable([3]), Unhashable._unhashable_values_)

class AutoStr(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    AA = auto()
print(AutoStr.AA.value, repr(auto()), repr(auto(5)))
try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return 0
except TypeError as e:
    print("TypeError:", e)

print(enum.show_flag_values(13), enum.bin(10), enum.bin(~10), enum.bin(0), enum.bin(5, 8))
print(enum.STRICT, enum.EnumCheck.UNIQUE, repr(enum.CONTINUOUS))
print(list(enum.FlagBoundary))
try:
    Enum("Z", "a")("q")
except ValueError as e:
    print("ValueError:", e)
try:
    class NoMembers(Enum):
        pass
    NoMembers(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Animal.DOG.name = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(Animal.nope)
except AttributeError as e:
    print("AttributeError:", e)
print(Animal["CAT"], Animal(3), getattr(Animal, "ANT"))
print(sorted(Animal.__members__), Animal.ANT < Animal.BEE if False else "no order")
try:
    Animal.ANT < Animal.BEE
except TypeError as e:
    print("TypeError:", e)
