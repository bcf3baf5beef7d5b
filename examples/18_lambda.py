# lambda expressions are anonymous functions of one expression.
square = lambda x: x * x
print(square(7), square(1.5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=5))
print((lambda: "no arguments")())
print((lambda *args, **kw: (args, kw))(1, 2, k=3))

# Lambdas as sort keys and arguments.
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(max(pairs, key=lambda p: p[0]), min(words, key=len))
print(list(map(lambda n: n * 10, [1, 2, 3])))
print(list(filter(lambda n: n % 2, range(10))))

# Lambdas capture variables by closure (late binding).
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make_multiplier(n):
    return lambda x: x * n

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(21), triple(5))

# A lambda's name and the value of a conditional inside it.
print(square.__name__, (lambda: 0).__name__)
sign = lambda n: "-" if n < 0 else "+"
print(sign(-3), sign(3))
compose = lambda f, g: lambda x: f(g(x))
print(compose(double, triple)(1), compose(str, square)(4) + "!")
table = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
for name in table:
    print(name, table[name](6, 7))
