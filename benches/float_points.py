# A points workload: many small objects holding floats, normalised and reduced.


class Point:
    def __init__(self, i):
        t = (i * 0.6180339887498949) % 1.0
        self.x = x = t * 2.0 - 1.0
        self.y = (1.0 - x * x) * 3.0
        self.z = x * x / 2.0 + 0.25

    def __repr__(self):
        return f"<Point: x={self.x:.9f}, y={self.y:.9f}, z={self.z:.9f}>"

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = (x * x + y * y + z * z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


total = 0.0
for round_no in range(22):
    best = benchmark(100000)
    total += best.x + best.y + best.z
print(best)
print(f"{total:.9f}")
