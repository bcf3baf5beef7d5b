def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0


def gray(n):
    return n ^ (n >> 1)


def from_gray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


def reverse_bits(n, width=8):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


class BitSet:
    def __init__(self, items=()):
        self.bits = 0
        for i in items:
            self.add(i)

    def add(self, i):
        self.bits |= 1 << i

    def discard(self, i):
        self.bits &= ~(1 << i)

    def __contains__(self, i):
        return bool(self.bits >> i & 1)

    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1

    def __or__(self, other):
        r = BitSet()
        r.bits = self.bits | other.bits
        return r

    def __and__(self, other):
        r = BitSet()
        r.bits = self.bits & other.bits
        return r

    def __xor__(self, other):
        r = BitSet()
        r.bits = self.bits ^ other.bits
        return r

    def __len__(self):
        return popcount(self.bits)

    def __repr__(self):
        return f"BitSet({list(self)})"


print([popcount(n) for n in (0, 1, 7, 255, 2 ** 100 - 1, 0b1010101)], bin(255).count("1"))
print([n for n in range(70) if is_power_of_two(n)], is_power_of_two(2 ** 200), is_power_of_two(-8))
print([f"{gray(i):04b}" for i in range(8)], all(from_gray(gray(i)) == i for i in range(1000)))
print(reverse_bits(0b00000001), reverse_bits(0b11010000), f"{reverse_bits(0xABCD, 16):016b}")
a, b = BitSet([1, 3, 5, 64, 100]), BitSet([3, 4, 5, 100])
print(a | b, a & b, a ^ b, len(a), 64 in a, 65 in a)
a.discard(64)
a.discard(2)
print(a, a.bits)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 >> 1, -5 & 0xFF, 1 << 64, (1 << 64) >> 63, -1 >> 100)
print(0xFF ^ 0x0F, 0o777 & 0o070, 0b1111 << 3, (-16) >> 2, -(2 ** 70) >> 68, (2 ** 70 - 1) & -(2 ** 35))
flags = {"READ": 4, "WRITE": 2, "EXEC": 1}
perm = 0o754
for who, shift in (("user", 6), ("group", 3), ("other", 0)):
    bits = perm >> shift & 7
    print(who, "".join(name[0].lower() if bits & v else "-" for name, v in flags.items()))
print(int.bit_length(1023), (1023).bit_count() if hasattr(int, "bit_count") else 10, (-1).bit_length())
subsets = [[x for j, x in enumerate("abc") if mask >> j & 1] for mask in range(8)]
print(subsets)
