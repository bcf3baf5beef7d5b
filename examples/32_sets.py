# Sets: unordered collections of unique hashable values.
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s)
print(set(), set([1, 1, 2]), set("aab") == {"a", "b"}, set(range(4)))

s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(s)
try:
    s.remove(10)
except KeyError as e:
    print(type(e).__name__, e)

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {4}, a.issubset(b), {1}.issuperset(set()))
print(a.isdisjoint({9}), a.isdisjoint(b))

c = a.copy()
c |= {10}
c -= {1}
c &= {2, 3, 10}
print(sorted(c), a)
print(c.pop() in {2, 3, 10}, len(c))
c.clear()
print(c)

# Sets of strings: sorted for a stable printout.
words = "the quick the lazy the end".split()
unique = set(words)
print(sorted(unique), len(unique))
print(sorted({"b", "a"} | {"c"}))

# Elements must be hashable.
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})

# 1, 1.0 and True are the same element.
mixed = {1, 1.0, True}
print(mixed, len(mixed))
print(sum({1, 2, 3}), min({5, 3, 9}), max({5, 3, 9}), sorted({9, 7, 8}))
print({x % 3 for x in range(10)})
