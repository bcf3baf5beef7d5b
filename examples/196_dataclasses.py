from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError, InitVar

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), Point(5))
print(Point.__hash__, Point.__match_args__)
print([f.name for f in fields(p)], is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(asdict(p), astuple(p), replace(p, y=9))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)

v1 = Version(1, 2); v2 = Version(1, 3)
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))

class Outer:
    @dataclass
    class Inner:
        a: str = "hi"
print(Outer.Inner())

@dataclass
class Base:
    a: int
    b: str = "b"

@dataclass
class Child(Base):
    c: float = 1.5
    def __post_init__(self):
        self.total = self.a * 2
c = Child(3)
print(c, c.total, [f.name for f in fields(Child)])

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False, default=0)
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithInit(4, 3)
print(w, fields(w)[1].name)

@dataclass(unsafe_hash=True)
class H:
    x: int
print(hash(H(3)) == hash((3,)))
@dataclass(eq=False)
class NE:
    x: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)

@dataclass
class Nested:
    pts: list
    meta: dict = field(default_factory=dict)
n = Nested([Point(1), Point(2, 3)], {"k": Point(0)})
print(asdict(n))
print(astuple(n))
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)

print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
