from collections import Counter, defaultdict
import math

scores = {
    "ann": [88, 92, 79, 93], "ben": [72, 65, 80], "cat": [95, 98, 100, 91, 97],
    "dov": [60, 70, 65, 58], "eve": [85], "fay": [77, 77, 77, 77],
}


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    if len(xs) < 2:
        return 0.0
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def grade(avg):
    for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return letter
    return "F"


print(f"{'name':<5}{'n':>3}{'mean':>8}{'median':>8}{'stdev':>8}  grade")
grades = {}
for name, xs in sorted(scores.items()):
    avg = mean(xs)
    grades[name] = grade(avg)
    print(f"{name:<5}{len(xs):>3}{avg:>8.2f}{median(xs):>8}{stdev(xs):>8.3f}  {grades[name]}")
dist = Counter(grades.values())
print(sorted(dist.items()), dist.most_common(1))
everything = [x for xs in scores.values() for x in xs]
print(len(everything), min(everything), max(everything), round(mean(everything), 3), median(everything))
hist = defaultdict(int)
for x in everything:
    hist[x // 10 * 10] += 1
for bucket in sorted(hist):
    print(f"{bucket:>3}-{bucket + 9:<3} {'#' * hist[bucket]}")
mode = Counter(everything).most_common()
print(mode[:3])
inverse = defaultdict(set)
for name, g in grades.items():
    inverse[g].add(name)
print({g: sorted(ns) for g, ns in sorted(inverse.items())})
print(dict(hist) == {k: v for k, v in hist.items()}, hist.default_factory.__name__, hist[0], len(hist))
c = Counter(a=3, b=1)
c.update("aab")
c.subtract({"b": 5})
print(c, +c, -c, c.total(), sorted(c & Counter(a=2)), c | Counter(c=1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 4]))
