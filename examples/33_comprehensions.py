# List, dict and set comprehensions.
squares = [n * n for n in range(8)]
print(squares)
evens = [n for n in range(20) if n % 2 == 0]
print(evens)
print([n if n % 2 else "even" for n in range(5)])

# Several for clauses, and conditions on each.
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs)
print([c + d for c in "ab" for d in "xy"])
print([x * y for x in range(1, 4) if x > 1 for y in range(x) if y])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])

# Dict comprehensions.
lengths = {w: len(w) for w in ["alpha", "be", "gamma"]}
print(lengths)
print({v: k for k, v in lengths.items()})
print({i: i ** 2 for i in range(5) if i % 2})

# Set comprehensions.
print({n % 4 for n in range(100)})
print(sorted({w[0] for w in ["apple", "avocado", "blueberry", "cherry"]}))

# The loop variable does not leak out of a comprehension.
n = "outer value"
print([n for n in range(3)], n)

# Comprehensions can read enclosing variables.
factor = 10
print([factor * k for k in range(3)])
def scaled(values, by):
    return [v * by for v in values]
print(scaled([1, 2], 3))

# Comprehensions see class attributes only via the first iterable.
class Table:
    size = 3
    rows = [i for i in range(size)]
print(Table.rows)

# Building and filtering strings.
text = "Hello World From Python"
print("".join([ch for ch in text if ch.isupper()]))
print([word.lower() for word in text.split() if len(word) > 4])
print({word: word[::-1] for word in text.split()[:2]})
