NUMERALS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range (1..3999)")
    parts = []
    for value, symbol in NUMERALS:
        count, n = divmod(n, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        try:
            v = VALUES[ch]
        except KeyError:
            raise ValueError(f"invalid numeral {ch!r}") from None
        total += -v if v < prev else v
        prev = max(prev, v)
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
assert all(from_roman(to_roman(i)) == i for i in range(1, 4000))
print("round trip ok")
for bad in [0, 4000, 2.5, "x"]:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ["IIII", "ABC", "mcmxciv", "IC"]:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print("ValueError", e, e.__cause__, e.__suppress_context__)
longest = max(range(1, 4000), key=lambda i: (len(to_roman(i)), i))
print(longest, to_roman(longest))
lengths = {}
for i in range(1, 4000):
    lengths.setdefault(len(to_roman(i)), []).append(i)
print({k: len(v) for k, v in sorted(lengths.items())})
