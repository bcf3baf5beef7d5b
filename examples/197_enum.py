# enum: members, lookup, aliases, auto, IntEnum, Flag, unique and errors.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return self.name.lower() + " #" + str(self.value)

    @property
    def warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color(1) is Color.RED)
print(list(Color), len(Color), Color.RED in Color)
print(list(Color.__members__), type(Color.RED).__name__, isinstance(Color.RED, Color))
print(Color.RED.describe(), Color.RED.warm, Color.BLUE.warm, Color.default())
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print({Color.RED: "r", Color.BLUE: "b"}[Color.CRIMSON], f"{Color.GREEN}", Color)
for bad in (lambda: Color(5), lambda: Color["PURPLE"], lambda: setattr(Color, "RED", 9)):
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError", e)


class Level(IntEnum):
    LOW = 10
    HIGH = 20


print(Level.LOW < Level.HIGH, Level.HIGH + 1, str(Level.LOW), repr(Level.LOW), Level(20))
print(sorted([Level.HIGH, Level.LOW]), Level.LOW == 10, f"{Level.HIGH:>5}")


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(list(Shape), rw, repr(rw), Perm.R in rw, Perm.X in rw, repr(~Perm.R), bool(Perm(0)))
print(list(rw), repr(Perm(7)), rw & Perm.W, repr(Perm.R ^ Perm.R))


class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(repr(Bits.A | Bits.C), Bits.A | Bits.C, (Bits.A | 2) == 3, Bits.C.value)
try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print("ValueError", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError", e)
