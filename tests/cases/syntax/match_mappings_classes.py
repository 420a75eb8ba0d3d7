from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Plain:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

def check(v):
    match v:
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": "rect", **rest}:
            return f"rect {sorted(rest)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Plain(a, b=2):
            return f"plain a={a}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"
for v in [{"type": "circle", "r": 2}, {"type": "rect", "w": 1, "h": 2}, Point(0, 0),
          Point(0, 5), Point(3, 3), Point(1, 2), Plain(7, 2), Plain(7, 3), 4, 2.5, "s", [1]]:
    print(check(v))
