# functools: partial, reduce, wraps, lru_cache, cache, total_ordering,
# cmp_to_key, cached_property
import functools
from functools import partial, reduce, wraps, lru_cache, total_ordering, cmp_to_key


def power(base, exp=2, *rest, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(3), cube(3, mod=5))
p = partial(power, 2, mod=1000)
print(p.func is power, p.args, p.keywords, p(10))
q = partial(p, 3)
print(q.func is power, q.args, q.keywords, q())
print(repr(partial(len, [1, 2]))[:35])
print(type(p).__name__, callable(p))
try:
    partial(42)
except TypeError as e:
    print("TypeError:", e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], "init"))
print(reduce(lambda acc, x: acc + [x * 2], "abc", []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(x, y):
    """Add two numbers."""
    return x + y

add.extra = "kept"
print(add(2, 3))
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__module__)
print(add.__qualname__)


def plain():
    "plain doc"
plain.tag = 7
def other():
    pass
functools.update_wrapper(other, plain)
print(other.__name__, other.__doc__, other.tag, other.__wrapped__ is plain)


calls = []

@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info().misses)


@lru_cache
def sq(x):
    print("computing", x)
    return x * x

print(sq(3), sq(3), sq(4))
print(sq.cache_info())
print(sq.__name__, sq.__wrapped__(5))


@lru_cache(maxsize=2)
def ident(x):
    print("miss", x)
    return x

for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
info = ident.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info)


@lru_cache(maxsize=0)
def never(x):
    return x
never(1); never(1)
print(never.cache_info())


@lru_cache(typed=True)
def typed(x):
    print("typed miss", type(x).__name__)
    return x
typed(1); typed(1.0); typed(1)
print(typed.cache_info().currsize)


@lru_cache()
def kw(a, b=1):
    return a + b
print(kw(1), kw(1, b=1), kw(a=1, b=1), kw(1, 1), kw.cache_info())

try:
    kw([1])
except TypeError as e:
    print("TypeError:", e)


@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

print(fact(20), fact.cache_info())


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"Version({self.major}, {self.minor})"

a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a == b, a != b, a <= Version(1, 2))
print(sorted([Version(2, 0), a, b]))
print(Version.__gt__.__name__)


@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
print(Desc(1) < Desc(2), Desc(3) <= Desc(2), Desc(2) >= Desc(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)

words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(lambda a, b: (a < b) - (a > b))))
print(max([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))


class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area)
c.r = 10
print(c.area)
del c.area
print(c.area)
