# __slots__ classes are weakly referenceable only with a __weakref__ slot.
import weakref


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class WeakPoint:
    __slots__ = ("x", "y", "__weakref__")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
print("Point has __dict__:", hasattr(p, "__dict__"))

wp = WeakPoint(3, 4)
r = weakref.ref(wp, lambda w: print("WeakPoint died"))
print("alive:", r().x, r().y)
del wp
print("dead:", r())


# A subclass of a slotted class without __slots__ gets __weakref__ again.
class SubPoint(Point):
    pass


sp = SubPoint(5, 6)
rs = weakref.ref(sp)
print("subclass ok:", rs() is sp)
del sp
print("subclass dead:", rs())
