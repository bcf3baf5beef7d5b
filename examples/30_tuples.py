# Tuples are immutable sequences.
empty = ()
single = (1,)
not_a_tuple = (1)
pair = 1, 2
print(empty, single, not_a_tuple, pair, type(pair).__name__)
print(len(empty), len(single), tuple(), tuple("abc"), tuple([1, 2]))

point = (3, 4, 5)
print(point[0], point[-1], point[1:], point[::-1])
print(point + (6,), point * 2, 4 in point, point.index(5), point.count(3))
x, y, z = point
print(x, y, z)

# Tuples compare and hash by value, so they work as dict keys.
grid = {(0, 0): "origin", (1, 2): "somewhere"}
print(grid[(0, 0)], grid[1, 2])
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2, 3) > (1, 2))
print(hash((1, 2)) == hash((1, 2)))

# Immutability.
try:
    point[0] = 10
except TypeError as e:
    print(type(e).__name__, e)
try:
    point.append(6)
except AttributeError as e:
    print(type(e).__name__, e)

# A tuple may contain mutable objects.
holder = ([1], [2])
holder[0].append(99)
print(holder)
try:
    hash(holder)
except TypeError as e:
    print(type(e).__name__, e)

# Nested tuples and the repr of one-element tuples.
nested = ((1, 2), (3,), ())
print(nested, len(nested), nested[1][0])
print(repr((None,)), str(("a", 'b"c')))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(max((1, 5), (1, 7)), tuple(reversed((1, 2, 3))))
print(divmod(17, 5), type(divmod(17, 5)).__name__)
