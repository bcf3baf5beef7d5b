from functools import cmp_to_key
from operator import itemgetter

people = [
    ("Smith", "John", 34, 72.5),
    ("smith", "anna", 28, 61.0),
    ("Jones", "Bob", 34, 80.2),
    ("Brown", "Zoe", 21, 55.5),
    ("jones", "Amy", 45, 68.0),
    ("Brown", "Al", 21, 90.1),
    ("Adams", "Eve", 34, 61.0),
]

print("by last (case-insensitive), then first:")
for p in sorted(people, key=lambda p: (p[0].lower(), p[1].lower())):
    print("  ", p)
print("by age desc, weight asc:")
for p in sorted(people, key=lambda p: (-p[2], p[3])):
    print("  ", p[:3], p[3])
stable = sorted(people, key=itemgetter(2))
print("stable by age:", [p[1] for p in stable])
two_pass = sorted(sorted(people, key=itemgetter(1)), key=itemgetter(2), reverse=True)
print("two-pass:", [(p[2], p[1]) for p in two_pass])


def compare(a, b):
    if a[3] != b[3]:
        return -1 if a[3] > b[3] else 1
    return (a[1] > b[1]) - (a[1] < b[1])


print("cmp_to_key:", [p[1] for p in sorted(people, key=cmp_to_key(compare))])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Elderberry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower(), w)))
print(sorted(words, key=lambda w: w[::-1]))
nums = [3, -1, 4, -1, 5, -9, 2, 6, -5, 3]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 3, -n)))
nums.sort(reverse=True)
print(nums, nums.index(-1), nums.count(3))
versions = ["1.10.0", "1.2.10", "1.2.9", "0.9", "1.2", "10.0.1"]
print(sorted(versions), sorted(versions, key=lambda v: tuple(map(int, v.split(".")))))
records = {"b": 2, "a": 2, "c": 1, "d": 3}
print(sorted(records, key=records.get), sorted(records.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(records, key=lambda k: (records[k], k)), min(people, key=itemgetter(3, 1)))
mixed = [(1, "b"), (1, "a"), (0, "z"), (1, "a", 0)]
print(sorted(mixed), sorted(mixed, reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted("hello world"), "".join(sorted("hello world", reverse=True)).strip())
print(list(reversed(sorted(range(5)))), sorted(set([3, 1, 2])), sorted({3: "x", 1: "y"}))
