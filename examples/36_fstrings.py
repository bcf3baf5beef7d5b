# f-strings: expressions, conversions and format specs.
name = "Ada"
year = 1815
pi = 3.14159265
print(f"{name} was born in {year}.")
print(f"{name!r} {name!s} {[name]!r} {year + 1}")
print(f"{2 * 21} {len(name)} {name.upper()} {'nested'} {name[0]}")

# Width and alignment.
print(f"[{name:>8}] [{name:<8}] [{name:^8}] [{name:*^9}]")
print(f"[{year:>8}] [{year:<8}] [{year:8}] [{name:8}]")

# Numbers.
print(f"{pi:.2f} {pi:.0f} {pi:8.3f} {-pi:.1f} {2.5:.0f} {1e6:.1f}")
print(f"{42:05d} {-42:05d} {7:3d} {42:x} {255:X} {255:o} {5:b} {255:#X}")
print(f"{1234567:,} {0.5:.1%} {12.0:g} {1e-7:g} {123456789.0:e}")
print(f"{3:+d} {-3:+d} {3.5:+.1f}")

# Nested replacement fields in the spec.
width = 10
prec = 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}]")

# repr of objects inside f-strings.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, "two")
print(f"{p} {p!r} {p!s}")
print(f"{{literal braces}} {{{year}}}")

# Expressions of all kinds.
items = [3, 1, 2]
print(f"{sorted(items)} {max(items) if items else 0} {'yes' if 2 in items else 'no'}")
print(f"{ {'k': 1}['k'] } {(lambda x: x * 2)(4)} {items[1:]}")
print(f"{'a' 'b'}", f"{year}" f"{name}", f"{year=}")

# format() and str.format use the same mini-language.
print(format(pi, ".3f"), format(42, "08b"), format("x", "^5"), "{:>6.2f}|".format(pi))
print("{:,}".format(10 ** 9), "{0:{1}}|".format("pad", 6), format(True), format(1.0))
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25)]
for fruit, count, price in rows:
    print(f"{fruit:<8}|{count:>4}|{price:>6.2f}|{count * price:7.2f}")
