# enum: tuple values with __init__, _missing_, StrEnum, ordering by a
# user __lt__, dir() of members and classes, copies, empty base enums.
from enum import Enum, IntEnum, StrEnum, auto
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)))
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        return cls.NOT_FOUND
print(Http(999), Http(200) == 200, hash(Http.OK) == hash(200), int(Http.OK), Http.OK + 1, list(reversed(Http)))
class Mode(StrEnum):
    READ = auto()
    WRITE = auto()
print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", Mode.READ.upper())
class Ord(Enum):
    A = 1
    B = 2
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Ord.B, Ord.A]), Ord.A.__class__, type(Ord), Ord.A.name, dir(Ord.A)[:3])
class Animal(Enum):
    _ignore_ = []
    CAT = "cat"
    DOG = "dog"
    @staticmethod
    def sound(a):
        return {"cat": "meow", "dog": "woof"}[a.value]
print(Animal.sound(Animal.DOG), Animal.CAT.value, Animal["CAT"] is Animal.CAT, len(Animal.__members__))
import copy
print(copy.copy(Animal.CAT) is Animal.CAT, copy.deepcopy([Animal.DOG])[0] is Animal.DOG)
print(Animal.CAT in {Animal.CAT: 1}, isinstance(Http.OK, int))
class Empty(Enum):
    pass
class Sub(Empty):
    X = 1
print(Sub.X, list(Empty))
class Ord2(Enum):
    A = 1
    def m(self): pass
    @property
    def p(self): pass
Ord2.A.x = 1
print(dir(Ord2.A)); print(dir(Ord2))
class D:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(D()))
