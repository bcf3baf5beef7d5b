# Complex numbers: literals, construction, arithmetic mixing int/float/complex.
z = 3 + 4j
w = complex(1, -2)
print(z, w, 2j, 1.5e3J, complex(), complex(2.5), complex("1+2j"))
print(z.real, z.imag, z.conjugate(), abs(z), -z, +w)
print(z + w, z - w, z * w, z / w, z ** 2, w ** -1)
print(z + 1, 1 + z, z * 2.5, 2.5 * z, 10 / z, z / 4, 2 ** z)
print(1j * 1j, (1 + 1j) ** 3, (1 + 1j) ** 0.5, 1j ** 101)
print((-8) ** 0.5, (-8.0) ** (1 / 3), (-1) ** 0.5)
print(z == 3 + 4j, z != w, 1 + 0j == 1, 2.0 == 2 + 0j, 1j == 1, (1 + 0j) == True)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j), hash(complex(1.5, -2.25)))
print({1: "one"}[1 + 0j], bool(0j), bool(-0.0j), bool(1e-300j))
print(isinstance(z, complex), type(z).__name__, sum([1j, 2, 3.5]))
print(complex(-0.0, -1.0), complex(0.0, -0.0), -(0j), 1e300j, complex(1e16, 1e-5))
nan, inf = float("nan"), float("inf")
print(complex(nan, inf), 1j * inf, complex(inf, -inf))
acc = 1 + 1j
acc += 2
acc *= 1j
acc -= 0.5
acc /= 2
print(acc)
# complex() accepts strings, numbers and objects with __complex__/__float__.
for s in ["1+2j", " (3-4J) ", "j", "-j", "1e5j", "2.5", "1_000+2_0j", "nan+infj"]:
    print(repr(s), complex(s))


class Polar:
    def __init__(self, r):
        self.r = r

    def __complex__(self):
        return complex(0, self.r)


class Half:
    def __float__(self):
        return 0.5


print(complex(Polar(2)), complex(Half()), complex(Half(), Half()), complex(1j, 1j))


class Z(complex):
    def describe(self):
        return f"Z{self}"


q = Z(1, 2)
print(q.describe(), q + 1, type(q + 1).__name__, q.real, isinstance(q, complex))
