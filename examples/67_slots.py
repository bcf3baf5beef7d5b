# __slots__: instances without a __dict__.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(Point.__slots__)

# An unset slot raises AttributeError.
class Lazy:
    __slots__ = ["value"]

l = Lazy()
try:
    l.value
except AttributeError as e:
    print("AttributeError:", e)
l.value = "set"
print(l.value)
del l.value
print(hasattr(l, "value"))

# A single string is one slot.
class One:
    __slots__ = "only"

o = One()
o.only = 1
print(o.only)

# Slots are inherited; a subclass without __slots__ gets a __dict__.
class Point3(Point):
    __slots__ = ("z",)

p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, hasattr(p3, "__dict__"))
try:
    p3.w = 4
except AttributeError as e:
    print("AttributeError:", e)

class Loose(Point):
    pass

lo = Loose(1, 2)
lo.anything = "ok"
print(lo.anything, hasattr(lo, "__dict__"))

# '__dict__' in __slots__ restores dynamic attributes.
class WithDict:
    __slots__ = ("a", "__dict__")

w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)

# Conflicts and bad slot names.
try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)

try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)

# Class attributes are still readable through instances.
class Config:
    __slots__ = ("name",)
    default = "shared"

c = Config()
c.name = "mine"
print(c.name, c.default)
try:
    c.default = "changed"
except AttributeError as e:
    print("AttributeError:", e)

# Properties work alongside slots.
class Celsius:
    __slots__ = ("_c",)

    def __init__(self, c):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

print(Celsius(100).f)
