import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name:<10} area={self.area():>9.3f} perimeter={self.perimeter():>8.3f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, "square")


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


class Blob(Shape):
    pass


shapes = [Circle(1), Rect(3, 4), Square(2.5), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print([s.name for s in sorted(shapes)])
print(max(shapes).name, min(shapes, key=lambda s: s.perimeter()).name)
print(f"total area {sum(s.area() for s in shapes):.4f}")
print(Shape.count, isinstance(shapes[2], Rect), issubclass(Square, Shape), Square.__mro__[1].__name__)
print([cls.__name__ for cls in Square.__mro__])
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(e)
try:
    Blob("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Shape.count, type(shapes[0]).__name__, shapes[1].__class__.__base__.__name__)
print(Circle.area is Shape.area, Square.area is Rect.area, hasattr(Blob, "area"))
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(by_type)
