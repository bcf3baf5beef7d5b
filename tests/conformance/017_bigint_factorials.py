from functools import reduce
import math


def factorial(n):
    return reduce(lambda a, b: a * b, range(1, n + 1), 1)


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


def digit_sum(n):
    return sum(int(d) for d in str(n))


for n in (10, 20, 25, 50):
    f = factorial(n)
    assert f == math.factorial(n)
    print(f"{n}! = {f}")
f100 = factorial(100)
print(len(str(f100)), digit_sum(f100), str(f100).count("0"), len(str(f100)) - len(str(f100).rstrip("0")))
print(fib_pair(100)[0], fib_pair(300)[0] % 10 ** 12)
print(2 ** 200, -(2 ** 70) // 3, (2 ** 70) % -7, divmod(-10 ** 30, 7))
big = 3 ** 100
print(big.bit_length(), hex(big), oct(7 ** 25), bin(2 ** 65 + 1))
print(int("123456789" * 4) * int("987654321" * 3))
print(pow(3, 10 ** 6, 10 ** 9 + 7), pow(2, -1, 97), math.isqrt(10 ** 40 + 12345))
print(f"{2 ** 64:,}", f"{-(10 ** 20):_}", f"{12345678901234567890:>30}", f"{2 ** 70:e}")
print(float(2 ** 80), int(1e22), 10 ** 22 == 1e22, 2 ** 53 + 1 == float(2 ** 53 + 1))
print((10 ** 50).to_bytes(21, "big").hex())
print(int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(abs(-(10 ** 40)), -(10 ** 40) < -(10 ** 39), max(10 ** 30, 10 ** 29 * 11), sorted([10 ** 20, -5, 3 ** 40, 0]))
catalan = [math.comb(2 * n, n) // (n + 1) for n in range(0, 60, 10)]
print(catalan)
print(sum(range(10 ** 6)) * 10 ** 12, hash(10 ** 30) == hash(10 ** 30), 10 ** 30 // 10 ** 28)
print(round(2 ** 100, -28), round(123456789, -3), (2 ** 100) >> 90, 1 << 100, ~(2 ** 70))
print(int("-0b1011", 0), int("zz", 36), int("  42  "), str(-0), 7 ** 0, 0 ** 0)
