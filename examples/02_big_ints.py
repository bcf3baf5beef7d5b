# Ints never overflow: they grow to arbitrary precision.
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
print(2 ** 200 // 3 ** 50)
print(-(2 ** 100) // 7, -(2 ** 100) % 7)
print((2 ** 100) * (3 ** 50))

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(30))
print(factorial(52))

big = 9223372036854775807
print(big + 1, big * big)
print(big + 1 - 1 == big, type(big + 1).__name__)

# Mixing big ints with small ints and floats.
print(2 ** 70 + 1.0)
print(2 ** 100 > 2 ** 99, 2 ** 100 == 2 ** 100, 10 ** 20 < 1e21)
print(int("123456789012345678901234567890") + 1)
print(-(10 ** 25) // 10 ** 12, (10 ** 25) % 999)
print(divmod(10 ** 30, 7 ** 20))
print(abs(-(3 ** 80)), len(str(2 ** 1000)))

# Fibonacci past 64 bits.
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print(a)

# Bit operations on big ints.
print((1 << 100) | 1, (2 ** 100 - 1) & 0xFFFF, (1 << 100) >> 98)
print(-(2 ** 100) >> 1)
