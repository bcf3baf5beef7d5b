# Plain, chained and tuple assignment.
x = 1
print(x)
a = b = c = [0]
print(a, b, c, a is b is c)
a.append(1)
print(b, c)

# Chained assignment assigns left to right, evaluating the value once.
i = lst = None
lst = [10, 20, 30]
i = lst[0] = 1
print(i, lst)

# Tuple unpacking.
p, q = 1, 2
print(p, q)
p, q = q, p
print(p, q)
(m, n), o = (3, 4), 5
print(m, n, o)
[r, s] = "xy"
print(r, s)
first, second, third = range(3)
print(first, second, third)
k, v = list({"key": "value"}.items())[0]
print(k, v)

# The right side is evaluated completely before any target is bound.
u, w = 1, 2
u, w = w, u + w
print(u, w)

# Unpacking mismatches raise ValueError.
try:
    e, f = [1, 2, 3]
except ValueError as err:
    print(type(err).__name__, err)
try:
    e, f, g = [1, 2]
except ValueError as err:
    print(type(err).__name__, err)
try:
    e, f = 7
except TypeError as err:
    print(type(err).__name__, err)

# Targets may be subscripts and attributes, mixed in one statement.
class Point:
    pass

pt = Point()
data = [0, 0]
pt.x, data[1], name = 5, 6, "seven"
print(pt.x, data, name)
for idx, (ch, code) in enumerate([("a", 97), ("b", 98)]):
    print(idx, ch, code)
