# if / elif / else.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))

# Conditions use truthiness.
for value in [0, 1, "", "text", [], [0], None]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")

# Nested ifs.
def fizzbuzz(n):
    if n % 3 == 0:
        if n % 5 == 0:
            return "FizzBuzz"
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join([fizzbuzz(i) for i in range(1, 16)]))

# if without else, and one-line bodies.
x = 7
if x > 5: print("x > 5")
if x > 50: print("never printed")
if x % 2 == 1:
    pass
else:
    print("even")

# Only the first true branch runs.
y = 5
if y > 1:
    print("first")
elif y > 2:
    print("second")
else:
    print("third")
