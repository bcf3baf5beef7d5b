import sys


class Pixel:
    __slots__ = ("x", "y", "color")

    def __init__(self, x, y, color="black"):
        self.x, self.y, self.color = x, y, color

    def __repr__(self):
        return f"Pixel({self.x}, {self.y}, {self.color!r})"


class ColoredPixel(Pixel):
    __slots__ = ("alpha",)

    def __init__(self, x, y, color, alpha=1.0):
        super().__init__(x, y, color)
        self.alpha = alpha


class Loose(Pixel):
    pass


class WithWeak:
    __slots__ = ("value", "__weakref__")

    def __init__(self, value):
        self.value = value


p = Pixel(1, 2)
print(p, Pixel.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
cp = ColoredPixel(3, 4, "red", 0.5)
print(cp, cp.alpha, isinstance(cp, Pixel), hasattr(cp, "__dict__"))
try:
    cp.beta = 1
except AttributeError as e:
    print("AttributeError:", e)
lo = Loose(5, 6)
lo.extra = "fine"
print(lo, lo.extra, lo.__dict__)
q = Pixel(0, 0)
del q.color
try:
    print(q.color)
except AttributeError as e:
    print("AttributeError:", e)
q.color = "blue"
print(q, type(Pixel.x).__name__)
import weakref
w = WithWeak(10)
r = weakref.ref(w)
print(r().value)
del w
print(r())
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
grid = [Pixel(x, y, "white" if (x + y) % 2 else "black") for x in range(3) for y in range(3)]
print(sum(1 for px in grid if px.color == "white"), grid[4])
print(sorted({px.color for px in grid}), [getattr(px, "x") for px in grid[:4]])
for name in Pixel.__slots__:
    print(name, getattr(grid[-1], name))
print(sys.getrecursionlimit() > 100, Pixel.__name__, Pixel.__qualname__)
