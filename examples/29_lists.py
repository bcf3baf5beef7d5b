# List displays and methods.
empty = []
nums = [3, 1, 4, 1, 5]
mixed = [1, "two", 3.0, None, [5]]
print(empty, nums, mixed, len(mixed))

nums.append(9)
nums.extend([2, 6])
nums.insert(0, 0)
nums.insert(100, 7)
nums.insert(-1, 8)
print(nums)
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(1)
print(nums, nums.index(5), nums.count(1), nums.count(42))
try:
    nums.index(42)
except ValueError as e:
    print(type(e).__name__, e)

nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["pear", "Fig", "apple", "kiwi"]
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
words.reverse()
print(words)

copy = words.copy()
copy.append("extra")
print(len(words), len(copy), copy is words, copy[:-1] == words)
copy.clear()
print(copy)

# Operators on lists.
print([1, 2] + [3], [0] * 3, 2 * ["ab"], [1, 2] * 0)
print(3 in [1, 2, 3], [1, [2, 3]][1][0], min([4, 2, 8]), max([4, 2, 8]))

# Lists hold references: repeated inner lists are the same object.
rows = [[0] * 2] * 3
rows[0][0] = 1
print(rows)
rows = [[0] * 2 for _ in range(3)]
rows[0][0] = 1
print(rows)

# list() from iterables; a list containing itself.
print(list("abc"), list(range(4)), list((1, 2)), list({"k": 1}))
loop = [1, 2]
loop.append(loop)
print(loop)
print(sorted([5, 2, 9], reverse=True), list(reversed([1, 2, 3])))
