from dataclasses import dataclass, field, asdict, replace
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
a = Item("apple", 1.5)
b = Item("banana", 0.5, ["yellow"])
print(a, b)
print(a == Item("apple", 1.5), a < b, sorted([b, a])[0].name)
print(asdict(b), replace(a, price=2.0))
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(p) == hash(P(1, 0)), {p, P(1)})
