class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def zeros(cls, n, m=None):
        return cls([[0] * (m or n) for _ in range(n)])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"cannot add {self.shape} and {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __iadd__(self, other):
        for i, row in enumerate(other.rows):
            for j, v in enumerate(row):
                self.rows[i][j] += v
        return self

    def __mul__(self, k):
        return Matrix([[v * k for v in row] for row in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result

    @property
    def T(self):
        return Matrix(list(zip(*self.rows)))

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __iter__(self):
        for row in self.rows:
            yield from row

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        w = max(len(f"{v}") for v in self)
        return "\n".join("| " + " ".join(f"{v:>{w}}" for v in row) + " |" for row in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a @ b, 2 * a, a * 0.5, sep="\n\n")
print(repr(a.T), a.shape, Matrix([[1, 2, 3]]).T.shape, a[1], a[1, 0], a ** 3 == a @ a @ a)
alias = a
a += b
print(alias is a, a, sum(a), max(a), list(Matrix.identity(3)))
m = Matrix.zeros(2, 3)
m[0, 2] = 7
m[1, 0] = -1
print(m)
print(m @ m.T, (m @ m.T).shape)
for bad in ([[1, 2], [3]], []):
    try:
        Matrix(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    a + m
except ValueError as e:
    print("ValueError:", e)
print(Matrix([[2, 0], [0, 2]]) ** 10 == Matrix.identity(2) * 1024, a != b, [1, 2] in a.rows)
