import enum
from enum import Enum, IntEnum, StrEnum, auto, unique, member, nonmember

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

print(list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.CRIMSON)
print(list(Color.__members__.items()))
print(Color.__members__["RED"], len(Color.__members__), "RED" in Color.__members__)
print(repr(Color), str(Color.RED), repr(Color.RED), format(Color.RED), f"{Color.GREEN:>12}|")
print(Color(2), Color["BLUE"], Color.RED.name, Color.RED.value, Color.RED._name_)
print(Color.RED in Color)
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(Color)))
print(hash(Color.RED) == hash("RED"), Color.RED == 1, Color.RED != Color.GREEN)
print(isinstance(Color.RED, Color), type(Color.RED), type(Color))
print(dir(Color.RED))
print(sorted(dir(Color)))
print(Color.RED.__class__.__name__, Color.__name__, Color.__qualname__)
for bad in (9, "RED"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    class MoreColor(Color):
        PINK = 17
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)

class Shape(IntEnum):
    SQUARE = 2
    CIRCLE = auto()
    TRIANGLE = auto()
print(list(Shape), Shape.CIRCLE + 1, Shape.SQUARE < 3, str(Shape.SQUARE), repr(Shape.SQUARE))
print(f"{Shape.CIRCLE}", format(Shape.CIRCLE, "03d"), Shape(3), Shape.TRIANGLE == 4)
print(isinstance(Shape.SQUARE, int), int(Shape.TRIANGLE), hex(Shape.TRIANGLE))

class Side(StrEnum):
    LEFT = auto()
    RIGHT = "r"
print(list(Side), Side.LEFT, repr(Side.LEFT), Side.LEFT == "left", Side.LEFT.upper(), f"{Side.RIGHT}")
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(repr(Planet.MERCURY))

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return "my custom str! {0}".format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY))

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    NORTH = auto()
    SOUTH = auto()
print(list(Ordinal), Ordinal.SOUTH.value)

class Missing(Enum):
    A = "a"
    B = "b"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Missing("A"), Missing("b"))
try:
    Missing("zz")
except ValueError as e:
    print("ValueError:", e)

class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
try:
    BadMissing(3)
except TypeError as e:
    print("TypeError:", e)

class WithMembers(Enum):
    A = 1
    B = member(lambda x: x + 1)
    C = nonmember(3)
    def f(self):
        return 1
print([m.name for m in WithMembers], WithMembers.C, WithMembers.B.value(1))

class Ignored(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    X = 1
print(list(Ignored), hasattr(Ignored, "tmp"))

class Empty(Enum):
    pass
print(list(Empty), len(Empty), bool(Empty))

class Base(Enum):
    def hello(self):
        return "hi " + self.name
class Derived(Base):
    X = 1
print(Derived.X.hello(), Derived.X)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([m.value for m in Auto])
class Mixed(Enum):
    A = auto()
    B = "x"
    C = auto()
print([m.value for m in Mixed])

print(Color.RED.__reduce_ex__(2))
import pickle
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Shape.SQUARE) is Shape.SQUARE)
print({Color.RED: 1}[Color.CRIMSON])
print(Color.RED.__hash__ is not None, Color._member_names_, Color._value2member_map_)
print(enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumType))
print(Color.__members__["CRIMSON"])
class MP(enum.Enum):
    A = 1
print(type(MP.__members__).__name__, MP.__members__)
try:
    MP.__members__["B"] = 2
except TypeError as e:
    print("TypeError:", e)
