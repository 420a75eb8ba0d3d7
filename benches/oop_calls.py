# Method-call-heavy object-oriented code: inheritance, super(), overriding and dispatch.


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def describe(self):
        return self.area() * 2 + self.perimeter()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, k):
        return Rect(self.w * k, self.h * k)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        return super().describe() + 1


class Triangle(Shape):
    def __init__(self, a, b, c):
        Shape.__init__(self, "triangle")
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        return (self.a * self.b) // 2


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, key, amount):
        self.counts[key] = self.get(key) + amount

    def get(self, key):
        return self.counts.get(key, 0)


class Visitor:
    def __init__(self):
        self.counter = Counter()

    def visit(self, shape):
        self.counter.add(shape.name, shape.describe())

    def visit_all(self, shapes):
        for shape in shapes:
            self.visit(shape)


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def neg(self):
        return Vector(-self.x, -self.y)


def make_shapes(n):
    shapes = []
    for i in range(n):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i % 7 + 1, i % 5 + 1))
        elif k == 1:
            shapes.append(Square(i % 9 + 1))
        else:
            shapes.append(Triangle(i % 4 + 3, i % 6 + 4, i % 5 + 5))
    return shapes


def main():
    shapes = make_shapes(3000)
    visitor = Visitor()
    for _ in range(400):
        visitor.visit_all(shapes)
    for name in sorted(visitor.counter.counts):
        print(name, visitor.counter.get(name))
    acc = Vector(0, 0)
    step = Vector(1, 2)
    total = 0
    for i in range(2700000):
        acc = acc.add(step)
        total += acc.dot(step.neg()) % 7
    print(acc.x, acc.y, total)
    big = Rect(1, 2)
    for _ in range(20):
        big = big.scale(2)
    print(big.area(), big.perimeter())


main()
