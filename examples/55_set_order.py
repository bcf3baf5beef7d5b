# Set iteration order follows CPython's hash table exactly.
a = set([100, 5, 37, 8, 64, 3, 1000, 17])
b = set(range(0, 200, 7))
c = set([8, 5])
print(a, b, c)
print(a | b, b | a)
print(a & b, b & a, a - b, b - a)
print(a ^ b, b ^ a)
print(a | c, c | a, a & c, c & a, a - c, c - a, a ^ c, c ^ a)
print(a.union([9, 1, 3], (44, 33)), a.intersection([5, 8, 1000, 99]), a.difference([5], {3}))
print(a.symmetric_difference([1, 2, 3]), a.intersection(), a.union())
d = {9: 1, 41: 2, 5: 3, 73: 4}
print(set(d), a - d.keys(), a | d.keys(), d.keys() & a, a.union(d), a.difference(d), a.symmetric_difference(d))
x = set(a)
x -= c
print(x)
x |= b
print(x)
x &= set(range(50))
print(x)
x ^= {1, 2, 3, 21}
print(x)
y = set(range(40))
y.difference_update(range(0, 40, 3))
print(y)
y.discard(1)
y.add(1000)
print(y, y.pop(), y.pop(), y)
f = frozenset([3, 1, 2, 99, 64])
print(f, f | {7}, {7} | f, f.copy() is f, frozenset(f) is f, hash(f) == hash(frozenset([1, 2, 3, 64, 99])))
print(set([-1, -2, 2 ** 61, 2 ** 62, 10 ** 20, 0.5, 1.5]), set([True, 1, 2]), set((0, -0.0, False)))
print({1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} >= {2}, set().isdisjoint([1]), {1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]))
big = set(range(1000))
small = {5, 999, 12, 1001}
print(small & big, big & small, small - big, small.difference(big), big - set(range(2, 1000)))
z = set(range(100))
z -= set(range(0, 100, 2))
print(z)
print(set.__or__({1}, [2]), {1}.__or__({2}), set.__ror__({1}, {2}), frozenset.__hash__(frozenset()) == hash(frozenset()))
for bad in [lambda: {1}.remove(2), lambda: set().pop(), lambda: {1} | [2], lambda: set(1, 2),
            lambda: {1}.symmetric_difference(), lambda: {1}.__hash__(), lambda: set([[1]]), lambda: hash({1})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(frozenset([1, 2]) in {frozenset([1, 2])}, {1, 2} in {frozenset([1, 2])}, set([frozenset([1])]))
w = set(range(20))
w.intersection_update(range(5, 50), [7, 8, 9, 100])
print(w)
v = set(range(10))
v.symmetric_difference_update([3, 11, 2, 12])
print(v)
u = set()
for i in [50, 3, 98, 7, 22, 1024, 9, 17, 33]:
    u.add(i)
print(u, set(u), u.copy(), {i * 37 % 101 for i in range(12)})
while u:
    u.pop()
print(u, set(range(5, 0, -1)), set(d.values()))
