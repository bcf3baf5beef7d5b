from math import gcd


class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num, self.den = num // g, den // g

    @classmethod
    def from_string(cls, s):
        if "/" in s:
            a, b = s.split("/")
            return cls(int(a), int(b))
        return cls(int(s))

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Frac) else Frac(x) if isinstance(x, int) else NotImplemented

    def __add__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Frac(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __sub__(self, other):
        return self + -self._coerce(other)

    def __rsub__(self, other):
        return -self + other

    def __mul__(self, other):
        other = self._coerce(other)
        return Frac(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        return Frac(self.num * other.den, self.den * other.num)

    def __eq__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return (self.num, self.den) == (other.num, other.den)

    def __lt__(self, other):
        other = self._coerce(other)
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


a, b = Frac(1, 3), Frac.from_string("3/-4")
print(a, b, a + b, a - b, a * b, a / b, 1 - a, 2 * b, -a)
print(repr(a + 1), a == Frac(2, 6), a == 0.5, a < b, sorted([a, b, Frac(0), Frac(5, 2)]))
harmonic = sum((Frac(1, n) for n in range(1, 21)), Frac(0))
print(harmonic, float(harmonic))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}))
e = sum((Frac(1, 1) / Frac(__import__("math").factorial(k)) for k in range(15)), Frac(0))
print(e, f"{float(e):.12f}")
try:
    Frac(1, 0)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
try:
    a.num = 5
    a.extra = 1
except AttributeError as err:
    print("AttributeError:", err)
print(a, min(Frac(7, 3), Frac(9, 4)), max([Frac(1, 7), Frac(1, 6)], key=float))
print(a + "x" if False else "skip", Frac(6, 4) == Frac(3, 2), Frac(6, 4) != Frac(3, 2))
try:
    print(a + 1.5)
except TypeError as err:
    print("TypeError:", err)
