class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.z, Point3.__slots__)
class Loose(Point):
    pass
l = Loose(0, 0)
l.extra = "ok"
print(l.extra)
empty = Point.__new__(Point)
try:
    empty.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(Point.x).__name__)
