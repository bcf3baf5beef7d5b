# Builtins over iterables.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -2)), list(range(0)))
r = range(1, 10, 3)
print(r, len(r), 7 in r, r[1], range(5) == range(0, 5))
print(len([1, 2]), len("abc"), len({1: 2}), len(set()), len(range(100)))
print(sum([1, 2, 3]), sum([], 10), sum([0.5, 0.25]), sum([[1], [2]], []))
print(min(3, 1, 2), max([4, 9, 2]), min("hello"), max("ab", "abc"), min([], default="empty"))
print(max([-3, 2, -5], key=abs), min(["bb", "a", "ccc"], key=len))
print(sorted([3, 1, 2]), sorted("cab"), sorted([3, 1, 2], reverse=True))
print(sorted(["Banana", "apple", "Cherry"], key=str.lower))
print(sorted({"b": 1, "a": 2}), sorted([(2, "x"), (1, "y")], key=lambda p: p[1], reverse=True))

# sorted is stable.
records = [("b", 2), ("a", 1), ("c", 2), ("d", 1)]
print(sorted(records, key=lambda rec: rec[1]))

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
print(list(enumerate("ab")), list(enumerate(["x", "y"], start=1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(2), range(2), range(2))))
print(dict(zip(["a", "b"], [1, 2])))
print(any([0, "", None]), any([0, 1]), all([1, "x"]), all([1, 0]), any([]), all([]))

# iter and next.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
chars = iter("hey")
print(list(chars), list(chars))

# An iterator is consumed once; a list can be iterated again.
nums = [1, 2, 3]
squares = map(lambda n: n * n, nums)
print(list(squares), list(squares), list(nums), list(nums))
e = enumerate("ab")
print(next(e), next(e))

# Builtins accept any iterable, including user-defined ones.
class Three:
    def __iter__(self):
        return iter([3, 1, 2])

print(sorted(Three()), sum(Three()), max(Three()), list(zip(Three(), "abc")), set(Three()))
