from itertools import groupby, product, permutations, combinations, accumulate, chain, islice, count, cycle, zip_longest, starmap


def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


def look_and_say(start, n):
    seq = [start]
    for _ in range(n - 1):
        seq.append(rle(seq[-1]))
    return seq


print(look_and_say("1", 8))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"])
for letter, group in groupby(data, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1, 3, 3])])

# SEND + MORE = MONEY style: find digits for AB + BA = CC? smaller: TWO + TWO = FOUR
letters = "TWOFUR"
solutions = []
for digits in permutations(range(10), len(letters)):
    d = dict(zip(letters, digits))
    if d["T"] == 0 or d["F"] == 0:
        continue
    two = d["T"] * 100 + d["W"] * 10 + d["O"]
    four = d["F"] * 1000 + d["O"] * 100 + d["U"] * 10 + d["R"]
    if two + two == four:
        solutions.append((two, four))
print(len(solutions), solutions[:4])

dice = [sum(r) for r in product(range(1, 7), repeat=3)]
print({s: dice.count(s) for s in range(3, 19)})
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 5) for c in combinations(coins * 2, n) if sum(c) == 30]
print(sorted(set(ways)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate(range(1, 6), lambda a, b: a * b, initial=1)))
print(list(islice(count(10, 5), 4)), list(islice(cycle("abc"), 7)), list(chain("ab", [1, 2], range(2))))
print(list(zip_longest("abcd", [1, 2], fillvalue="-")), list(starmap(pow, [(2, 5), (3, 2)])))
print(list(chain.from_iterable(["xy", "z"])), list(islice(range(100), 5, 20, 4)))
triangles = [(a, b, c) for a, b, c in combinations(range(1, 30), 3) if a * a + b * b == c * c]
print(triangles)
print(list(permutations("abc", 2)), len(list(permutations(range(6)))))
magic = [p for p in permutations(range(1, 10)) if p[0] + p[1] + p[2] == 15 and p[3] + p[4] + p[5] == 15
         and p[0] + p[3] + p[6] == 15 and p[1] + p[4] + p[7] == 15 and p[0] + p[4] + p[8] == 15
         and p[2] + p[4] + p[6] == 15]
print(len(magic), magic[0])
