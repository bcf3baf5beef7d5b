# Integer and float arithmetic with Python's semantics.
print(7 + 3, 7 - 3, 7 * 3)
print(7 / 2, 6 / 3, -7 / 2)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(10 ** 0, 0 ** 0, 4 ** 0.5)

# Mixing int and float gives float.
print(1 + 2.0, 3 * 1.5, 7 // 2.0, 7 % 2.5, -7.5 // 2, -7.5 % 2)
print(1 / 4 + 1 / 4, 0.5 * 4)

# Unary operators and precedence.
x = 5
print(-x, +x, ~x, --x, -(-x))
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, (-3) ** 2)
print(100 - 10 - 1, 2 ** 3 ** 2, 64 // 4 // 2)

# Bitwise operators on ints.
print(12 & 10, 12 | 10, 12 ^ 10, 1 << 10, 1024 >> 3, -16 >> 2)

# Booleans are ints.
print(True + True, True * 10, False - 1, 3 / True)

# Integer results of true division are still floats.
print(10 / 5, type(10 / 5).__name__, type(10 // 5).__name__)
print(abs(-7), abs(3.5), abs(-0.0))
