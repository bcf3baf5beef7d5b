# Generator expressions are lazy: only the first iterable is evaluated
# when the expression runs; everything else happens on demand.
def source(n):
    print("source called")
    for i in range(n):
        print("  producing", i)
        yield i

def check(x):
    print("  checking", x)
    return x % 2 == 0

g = (x * 10 for x in source(4) if check(x))
print("generator created:", type(g).__name__, g.__name__)
print("first:", next(g))
print("rest:", list(g))

# The first iterable is evaluated immediately, inner ones lazily.
def outer_iter():
    print("outer iterable evaluated")
    return [1, 2]

def inner_iter(x):
    print("inner iterable for", x)
    return range(x)

g = ((x, y) for x in outer_iter() for y in inner_iter(x))
print("created")
print(list(g))

# Errors in the first iterable surface at creation; later ones on next().
try:
    g = (x for x in 42)
except TypeError as e:
    print("at creation:", e)

g = (1 // x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("on next:", e)

# Generator expressions capture variables by reference (closures).
n = 1
g = (x + n for x in range(3))
n = 100
print(list(g))

# Only as many items as needed are computed.
def noisy_range(n):
    for i in range(n):
        print("  yield", i)
        yield i

print(any(x > 1 for x in noisy_range(10)))
print(next(x for x in noisy_range(10) if x == 3))

# Built-ins consume generator expressions directly.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in "a quick brown fox".split()))
print(sorted((c for c in "generator"), reverse=True))
print(dict((k, len(k)) for k in ["one", "three"]))
print(",".join(str(i) for i in range(5)))

# A generator expression is exhausted after one pass.
g = (i for i in range(3))
print(list(g), list(g))

# Scoping: the loop variable does not leak.
x = "outer x"
print(list(x for x in range(2)), x)

# In a class body, only the first iterable sees class variables.
class C:
    items = [1, 2, 3]
    doubled = list(i * 2 for i in items)

print(C.doubled)

# Nested generator expressions.
matrix = [[1, 2], [3, 4]]
print(list(list(v * 2 for v in row) for row in matrix))
print(repr(g).startswith("<generator object <genexpr> at 0x"))
