import copy, dataclasses, pickle, weakref
@dataclasses.dataclass(slots=True)
class P:
    x: int
    y: int = 2
p = P(1)
print(p, P.__slots__, hasattr(p, '__dict__'), copy.deepcopy(p), pickle.loads(pickle.dumps(p)))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
@dataclasses.dataclass(frozen=True, slots=True, weakref_slot=True)
class F:
    a: int
f = F(5)
print(f, F.__slots__, weakref.ref(f)() is f, copy.copy(f), pickle.loads(pickle.dumps(f)), hash(f) == hash(F(5)))
try:
    f.a = 1
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclasses.dataclass(slots=True)
class Q(P):
    z: int = 0
print(Q(1, 2, 3), Q.__slots__, Q.__qualname__)
try:
    dataclasses.dataclass(weakref_slot=True)(type("W", (), {}))
except TypeError as e:
    print("TypeError:", e)
