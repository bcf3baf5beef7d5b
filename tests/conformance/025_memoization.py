from functools import lru_cache, cache, wraps

calls = {"slow": 0}


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=3)
def square(n):
    calls["slow"] += 1
    return n * n


@cache
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, max_part) + 1))


def memoize(fn):
    table = {}

    @wraps(fn)
    def inner(*args):
        if args not in table:
            table[args] = fn(*args)
        return table[args]
    inner.table = table
    return inner


@memoize
def edit_distance(a, b):
    """Levenshtein distance."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(fib(100), fib.cache_info())
for n in [1, 2, 3, 1, 4, 1, 2, 5, 2]:
    square(n)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info())
print([partitions(n) for n in range(1, 16)], partitions(60))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(f"{a!r:>12} -> {b!r:<12} {edit_distance(a, b)}")
print(edit_distance.__name__, edit_distance.__doc__, len(edit_distance.table) > 10)
print(fib.__wrapped__(10), fib.__name__)


@lru_cache(maxsize=128, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


def grid_paths(w, h):
    @lru_cache(None)
    def go(x, y):
        if x == w or y == h:
            return 1
        return go(x + 1, y) + go(x, y + 1)
    return go(0, 0)


print([grid_paths(n, n) for n in range(1, 12)])
