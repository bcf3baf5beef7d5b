# Generator functions: lazy evaluation, return values, exhaustion.
def countdown(n):
    print("starting countdown from", n)
    while n > 0:
        yield n
        n -= 1
    print("countdown done")
    return "liftoff"

g = countdown(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(iter(g) is g)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted:", repr(e.value))

g = countdown(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)

# Generators in for loops, sum, zip, and unpacking.
def squares(n):
    for i in range(n):
        yield i * i

for s in squares(4):
    print("square", s)
print(sum(squares(10)))
print(list(zip(squares(3), "abc")))
a, b, *rest = squares(5)
print(a, b, rest)

# Infinite generators and early stops.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n > 4:
        break
    print("natural", n)

# Fibonacci and a pipeline of generators.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

print(list(take(10, fib())))
print(list(take(5, evens(fib()))))

# Closures and generator methods.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

t = Tree(1, Tree(2, Tree(4)), Tree(3))
for depth, v in t.walk():
    print("  " * depth + str(v))

def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while count < 3:
        yield bump()

print(list(counter()))

# A generator that raises.
def faulty():
    yield 1
    raise ValueError("inside generator")

g = faulty()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(next(g, "default after error"))

# PEP 479: StopIteration escaping a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("oops")

try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

# Re-entering a running generator.
def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# Generator state is independent per call.
g1, g2 = squares(3), squares(3)
print(next(g1), next(g1), next(g2))
print(repr(g1).startswith("<generator object squares at 0x"))
