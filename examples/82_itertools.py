# itertools
import itertools
from itertools import (count, cycle, repeat, chain, islice, product, permutations,
                       combinations, combinations_with_replacement, accumulate,
                       groupby, zip_longest, starmap, takewhile, dropwhile,
                       filterfalse, compress, tee, pairwise)
import operator

c = count(5)
print(c, next(c), next(c), c)
print(list(islice(count(), 4)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 3)))
print(count(2, 3), count(1.5), count(0, 1.0))
print(list(zip("abc", count(1))))

cy = cycle("AB")
print([next(cy) for _ in range(5)])
print(list(islice(cycle([1, 2, 3]), 7)), list(cycle([])))

r = repeat("x", 3)
print(r, list(r), r)
print(repeat(7), list(islice(repeat(7), 2)), list(repeat(1, 0)), list(repeat(1, -2)))
print(list(map(pow, range(5), repeat(2))))

print(list(chain([1, 2], (3,), "ab", range(2))))
print(list(chain.from_iterable(["ab", [1], ()])), list(chain()))
print(list(chain.from_iterable(map(range, [1, 2, 3]))))

print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for bad in [(-1,), (1, -1), (0, 5, 0), ("a",)]:
    try:
        islice(range(3), *bad)
    except ValueError as e:
        print("ValueError:", e)

print(list(product("ab", [0, 1])))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])), len(list(product("abc", "de", "fgh"))))
print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([])), list(permutations("ab", 3)), list(permutations("abc", 0)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement("ab", 0)))
try:
    combinations("abc", -1)
except ValueError as e:
    print("ValueError:", e)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate("abc")))

for key, group in groupby("AAAABBBCCDAABBB"):
    print(key, list(group))
print([k for k, g in groupby("AAAABBBCCD")])
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
for key, group in groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in group])
groups = [(k, g) for k, g in groupby("aabbc")]
print([(k, list(g)) for k, g in groups])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])), list(zip_longest()))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [1])))

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(y), list(z), tee([], 0))

print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))

# a few recipes
def take(n, iterable):
    return list(islice(iterable, n))
print(take(5, map(lambda x: x * x, count(1))))
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
print(list(flatten([[1, 2], [3], [], [4, 5]])))
def powerset(s):
    s = list(s)
    return chain.from_iterable([combinations(s, r) for r in range(len(s) + 1)])
print(list(powerset([1, 2, 3])))
print(len(list(permutations(range(5)))))
print(type(chain()).__name__, type(count()).__module__)
