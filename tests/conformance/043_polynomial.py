class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        a = self.c + [0] * (n - len(self.c))
        b = other.c + [0] * (n - len(other.c))
        return Poly(x + y for x, y in zip(a, b))

    __radd__ = __add__

    def __neg__(self):
        return Poly(-a for a in self.c)

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i) if self.degree else Poly([0])

    def __divmod__(self, other):
        rem = list(self.c)
        quot = [0] * max(1, len(rem) - len(other.c) + 1)
        while len(rem) >= len(other.c) and any(rem):
            shift = len(rem) - len(other.c)
            factor = rem[-1] / other.c[-1]
            quot[shift] = factor
            for i, b in enumerate(other.c):
                rem[i + shift] -= factor * b
            rem.pop()
        return Poly(quot), Poly(rem)

    def __str__(self):
        terms = []
        for i in range(self.degree, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            sign = "-" if a < 0 else "+"
            terms.append((sign, coef + var))
        first_sign, first = terms[0]
        return ("-" if first_sign == "-" else "") + first + "".join(f" {s} {t}" for s, t in terms[1:])

    def __repr__(self):
        return f"Poly({self.c})"


p = Poly([1, -3, 0, 2])
q = Poly([-1, 1])
print(p, "|", q, "|", p.degree, repr(q))
print(p + q, "|", p - p, "|", p * q, "|", 3 * q, "|", q + 5)
print((q ** 5), [p(x) for x in range(-2, 3)], p.derivative(), p.derivative().derivative())
quot, rem = divmod(p, q)
print(quot, "|", rem, "|", quot * q + rem == Poly([float(a) for a in p.c]))
x = Poly([0, 1])
print((x - 1) * (x + 1), (x + 1) ** 3, (x ** 2 + 1)(1.5), Poly([0, 0, 0]), Poly([]) == Poly([0]))
newton = 1.0
for _ in range(20):
    newton -= (x ** 2 - 2)(newton) / (x ** 2 - 2).derivative()(newton)
print(f"{newton:.12f}")
