# Subscripts and slices.
letters = list("abcdefgh")
print(letters[0], letters[-1], letters[3], letters[-3])
print(letters[2:5], letters[:3], letters[5:], letters[:], letters[-3:])
print(letters[::2], letters[1::2], letters[::-1], letters[6:2:-1], letters[-1:-4:-1])
print(letters[10:], letters[-100:2], letters[5:2], letters[2:100:3])

text = "Hello, world"
print(text[0], text[-1], text[7:], text[:5], text[::-1], text[::3])
t = (10, 20, 30, 40, 50)
print(t[1:3], t[::-2], t[-2:])
r = range(0, 20, 2)
print(r[3], r[-1], list(r[2:5]), r[::-1])

# Out-of-range index vs out-of-range slice.
try:
    letters[8]
except IndexError as e:
    print(type(e).__name__, e)
try:
    text[20]
except IndexError as e:
    print(type(e).__name__, e)

# Slice assignment can change a list's length.
nums = list(range(10))
nums[2:5] = ["a", "b"]
print(nums)
nums[:0] = [-2, -1]
print(nums)
nums[len(nums):] = [100]
print(nums)
nums[::3] = "WXYZ"
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
nums[1:3] = []
print(nums)

# A full slice is a shallow copy.
original = [[1], [2]]
copy = original[:]
copy.append([3])
copy[0].append("shared")
print(original, copy)

# slice objects and negative steps.
s = slice(1, 7, 2)
print(letters[s], s.start, s.stop, s.step)
print("racecar"[::-1] == "racecar", "abc"[5:], "abc"[-1:-2])
