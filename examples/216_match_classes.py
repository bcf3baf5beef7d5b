# Class patterns: __match_args__, keyword sub-patterns, the self-matching
# built-ins, dataclasses, subclasses and isinstance hooks.
from dataclasses import dataclass


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


@dataclass
class Circle:
    center: Point
    radius: float


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on the y axis at {yy}"
        case Point(xx, 0):
            return f"on the x axis at {xx}"
        case Circle(Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, radius=r):
            return f"circle at {c.x},{c.y} radius {r}"
        case Point():
            return "somewhere"
        case _:
            return "not a shape"


for p in [Point(0, 0), Point3(0, 0, 0), Point3(0, 0, 1), Point(0, 5), Point(3, 0),
          Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(3, 4), 1), 42]:
    print(where(p))


def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n):
            return f"int {n}"
        case float(f) | (complex() as f):
            return f"number {f}"
        case str() as s:
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"


for v in [True, 0, 7, 1.5, 2j, "s", b"b", [9, 8], (1, 2), {"k": 3}, {1}, frozenset(), None]:
    print(repr(v), "->", kind(v))


class MyInt(int):
    pass


match MyInt(5):
    case int(n):
        print("int subclass matches itself:", n, type(n).__name__)


class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, str) and obj.startswith("ok")


class Okish(metaclass=Meta):
    pass


for s in ["okay", "nope"]:
    match s:
        case Okish():
            print(s, "is Okish")
        case _:
            print(s, "is not Okish")


class Lazy:
    def __getattr__(self, name):
        if name == "answer":
            return 42
        raise AttributeError(name)


match Lazy():
    case Lazy(missing=1):
        print("missing?")
    case Lazy(answer=a):
        print("answer", a)
