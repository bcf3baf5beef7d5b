# Comparison operators, chains, identity and membership.
print(1 < 2, 2 < 1, 1 <= 1, 2 >= 3, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)

def noisy(n):
    print("evaluating", n)
    return n

# A chain evaluates each operand at most once and stops early.
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))

# Mixed numeric comparisons.
print(2 ** 64 > 1.5, 0.5 < True, False == 0, 10 ** 30 == 1e30)

# Strings, lists and tuples compare lexicographically.
print("abc" < "abd", "Z" < "a", "" < "a", "apple" > "app")
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print([1, 2] == [1, 2], (1, 2) == (1, 2), [1, 2] == (1, 2))
print({"a": 1} == {"a": 1}, {1, 2} == {2, 1}, {1, 2} < {1, 2, 3})

# is compares identity.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, x is not None)

# in and not in.
print(2 in [1, 2, 3], 4 not in (1, 2, 3), "ell" in "hello", "z" in "hello")
print("a" in {"a": 1}, 1 in {"a": 1}, 3 in {1, 2, 3}, 5 in range(10))
print(5 in range(0, 10, 2), [1] in [[1], [2]])

# Ordering between unrelated types is an error.
try:
    print(1 < "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", None == 0)
