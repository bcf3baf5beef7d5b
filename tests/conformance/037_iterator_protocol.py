class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2D:
    """Reusable iterable: each iter() call gets a fresh iterator."""

    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        return _Range2DIter(self)

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, item):
        r, c = item
        return 0 <= r < self.rows and 0 <= c < self.cols

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield divmod(i, self.cols)


class _Range2DIter:
    def __init__(self, owner):
        self.owner, self.i = owner, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.owner):
            raise StopIteration
        self.i += 1
        return divmod(self.i - 1, self.owner.cols)


class Sequence:
    """Old-style iteration through __getitem__."""

    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i] * 10


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


c = Countdown(3)
print(list(c), list(c), next(Countdown(1)))
print(next(Countdown(0), "empty"))
grid = Range2D(2, 3)
print(list(grid), len(grid), (1, 2) in grid, (2, 0) in grid)
print(list(reversed(grid))[:3], list(zip(grid, "abcdef"))[-1])
it = iter(grid)
print(next(it), next(it), list(it), list(it))
print(list(Sequence([1, 2, 3])), 20 in Sequence([1, 2]), list(enumerate(Sequence("ab"))))
print(list(Fib(100)), sum(Fib(10 ** 6)), max(Fib(50)), sorted(Fib(20), reverse=True))
a, b, *rest = Countdown(5)
print(a, b, rest)
print(dict(zip("xyz", Countdown(3))), set(Countdown(4)) == {1, 2, 3, 4}, tuple(map(str, Countdown(3))))
print(list(iter(iter([1, 2, 3]).__next__, 2)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
print(any(x > 3 for x in Countdown(5)), all(Countdown(3)), min(Countdown(4)), list(filter(None, [0, 1, "", "x"])))
