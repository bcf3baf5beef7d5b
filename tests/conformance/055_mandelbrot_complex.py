import math


def mandelbrot(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


def render(width=48, height=16):
    chars = " .:-=+*#%@"
    rows = []
    for y in range(height):
        row = []
        for x in range(width):
            c = complex(-2.2 + 3.0 * x / width, -1.2 + 2.4 * y / height)
            n = mandelbrot(c)
            row.append(chars[min(n * len(chars) // 31, len(chars) - 1)])
        rows.append("".join(row).rstrip())
    return "\n".join(rows)


def quadratic(a, b, c):
    disc = b * b - 4 * a * c
    root = math.sqrt(disc) if disc >= 0 else complex(0, math.sqrt(-disc))
    return (-b + root) / (2 * a), (-b - root) / (2 * a)


print(render())
for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, 0, -1)]:
    print(coeffs, quadratic(*coeffs))
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z / (1 - 1j), -z, z ** 2)
print(complex("1+2j"), complex(2), 1j ** 2, (1 + 2j) == complex(1, 2), repr(2j), str(-0.5j))
roots = [complex(math.cos(2 * math.pi * k / 6), math.sin(2 * math.pi * k / 6)) for k in range(6)]
print([f"{r.real:+.3f}{r.imag:+.3f}j" for r in roots])
print(sum(roots).real < 1e-12, f"{roots[1]:.2f}", hash(1 + 0j) == hash(1))
