def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {inner}x{cols}")
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)]
            for i in range(rows)]


def transpose(m):
    return [list(row) for row in zip(*m)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def show(m, title):
    print(title)
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        total += (-1) ** col * m[0][col] * determinant(minor)
    return total


def power(m, n):
    result = identity(len(m))
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(A, "A")
show(transpose(A), "A^T")
show(matmul(A, B), "A@B")
show(matmul(B, A), "B@A")
try:
    matmul(A, A)
except ValueError as e:
    print("error:", e)
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", determinant(M))
print("det I4", determinant(identity(4)))
fib = power([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
show(power([[1, 1], [0, 1]], 5), "shear^5")
floats = [[0.5, 1.5], [2.25, -1.0]]
prod = matmul(floats, floats)
print([[round(x, 4) for x in row] for row in prod])
print(transpose(transpose(M)) == M, transpose([[1, 2, 3]]))
