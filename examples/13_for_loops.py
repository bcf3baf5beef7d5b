# for loops over every kind of iterable.
for n in [1, 2, 3]:
    print("list item", n)
for ch in "abc":
    print("char", ch)
for t in (10, 20):
    print("tuple item", t)
for i in range(3):
    print("range", i)
for i in range(10, 0, -3):
    print("countdown", i)

ages = {"ann": 31, "bob": 25}
for key in ages:
    print("key", key)
for key, value in ages.items():
    print(key, "->", value)
for value in ages.values():
    print("value", value)

for x in {3, 1, 2}:
    print("set item", x)
for i, word in enumerate(["zero", "one", "two"]):
    print(i, word)
for a, b in zip("xyz", [1, 2, 3]):
    print(a, b)
for item in reversed([1, 2, 3]):
    print("reversed", item)

# for ... else: else runs when the loop was not broken.
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

# The loop variable keeps its last value.
for last in range(5):
    pass
print("last =", last)

# Empty iterables run the body zero times (but do run else).
for nothing in []:
    print("never")
else:
    print("empty loop done")

# Iterating over a user-defined iterable (__iter__/__next__).
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

for n in Countdown(3):
    print("countdown object", n)
print(list(Countdown(4)), sum(Countdown(10)))
