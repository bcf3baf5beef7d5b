import math


class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __len__(self):
        return len(self.c)

    def __iter__(self):
        return iter(self.c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.c[i])
        return self.c[i]

    def _check(self, other):
        if len(self) != len(other):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")

    def __add__(self, other):
        self._check(other)
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __mul__(self, k):
        if isinstance(k, Vector):
            self._check(k)
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        a1, a2, a3 = self
        b1, b2, b3 = other
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)

    def __abs__(self):
        return math.sqrt(self * self)

    def __bool__(self):
        return any(self.c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __repr__(self):
        return f"Vector({', '.join(map(repr, self.c))})"

    def __format__(self, spec):
        return "<" + ", ".join(format(x, spec) for x in self.c) + ">"


v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, v @ w, -v)
print(abs(Vector(3, 4)), bool(Vector(0, 0)), bool(v), len(v), v[1], v[1:], v[::-1])
print(f"{Vector(1 / 3, 2 / 3):.3f}", format(v, "03d"), f"{w!r}", str(w))
print(v == Vector(1, 2, 3), v != w, {v: "a", Vector(1, 2, 3): "b"})
try:
    v + Vector(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    v @ Vector(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)
x, y, z = v
print(x, y, z, list(v), max(w), sum(w), sorted(Vector(3, 1, 2)))
unit = v * (1 / abs(v))
print(round(abs(unit), 10), [round(c, 4) for c in unit])
angle = math.degrees(math.acos(v * w / (abs(v) * abs(w))))
print(f"{angle:.4f}", math.hypot(*v), math.dist(v, w))
total = Vector(0, 0, 0)
for k in range(1, 4):
    total += k * v
print(total)
