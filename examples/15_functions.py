# Defining and calling functions.
def greet(name):
    return "Hello, " + name + "!"

print(greet("world"))

def no_return():
    x = 1

print(no_return())

def early(n):
    if n > 0:
        return "positive"
    return

print(early(1), early(-1))

# Multiple return values are a tuple.
def min_max(values):
    return min(values), max(values)

lo, hi = min_max([3, 1, 4, 1, 5])
print(lo, hi, min_max([2]))

# Positional and keyword arguments.
def describe(name, age, city):
    return f"{name} ({age}) from {city}"

print(describe("Ann", 30, "Oslo"))
print(describe(city="Rome", name="Bob", age=25))
print(describe("Cy", city="Lima", age=40))

# Functions are objects.
f = greet
print(f("alias"), f is greet, f.__name__, callable(f))

def apply(func, value):
    return func(value)

print(apply(len, "four"), apply(greet, "again"))

# Recursion.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(12)])

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7))

# Call errors.
try:
    describe("too", "few")
except TypeError as e:
    print(type(e).__name__, e)
try:
    greet("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
