# collections.namedtuple (needs tuple subclassing)
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
print(Point(x=3, y=4), Point(5, y=6))
x, y = p
print(x + y, p == (1, 2), tuple(p), list(p), isinstance(p, tuple))
print(Point._fields, Point.__name__, Point)
print(p._asdict(), p._replace(y=20), p)
print(Point._make([7, 8]), Point._make(range(2)))
print(hash(p) == hash((1, 2)), p + (3,), p * 2, p[::-1], 2 in p)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max(Point(1, 9), Point(3, 0)), Point(1, 2) < Point(1, 3))

Color = namedtuple("Color", "red green blue")
print(Color(255, 128, 0), Color._fields)
Pair = namedtuple("Pair", "first, second")
print(Pair("a", "b"))
Single = namedtuple("Single", "only")
print(Single(1), Single._fields)

Account = namedtuple("Account", "owner balance kind", defaults=[0, "checking"])
print(Account("ann"), Account("bob", 10), Account._field_defaults)

R = namedtuple("R", ["a", "def", "a", "_b"], rename=True)
print(R._fields)

try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
for bad in [["x", "x"], ["_x"], ["class"], ["1a"]]:
    try:
        namedtuple("Bad", bad)
    except ValueError as e:
        print("ValueError:", e)


class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return f"<{self.x}, {self.y}, {self.z}>"

q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(x=10).norm1)

people = [("ann", 31), ("bob", 25)]
Person = namedtuple("Person", "name age")
for person in map(Person._make, people):
    print(person.name, person.age)
print(sorted(map(Person._make, people), key=lambda pr: pr.age))
d = {Point(0, 0): "origin"}
print(d[(0, 0)], d[Point(0, 0)])
