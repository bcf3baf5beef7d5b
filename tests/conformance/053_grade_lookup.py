import bisect

BREAKPOINTS = [60, 70, 80, 90]
GRADES = "FDCBA"


def grade(score):
    return GRADES[bisect.bisect(BREAKPOINTS, score)]


scores = [33, 99, 77, 70, 89, 90, 100, 59, 60, 85]
print([grade(s) for s in scores])
print({g: [s for s in sorted(scores) if grade(s) == g] for g in GRADES})


class SortedList:
    def __init__(self, items=()):
        self._items = sorted(items)

    def add(self, x):
        bisect.insort(self._items, x)

    def remove(self, x):
        i = bisect.bisect_left(self._items, x)
        if i == len(self._items) or self._items[i] != x:
            raise ValueError(f"{x!r} not in list")
        del self._items[i]

    def count_range(self, lo, hi):
        return bisect.bisect_right(self._items, hi) - bisect.bisect_left(self._items, lo)

    def nearest(self, x):
        i = bisect.bisect_left(self._items, x)
        candidates = self._items[max(0, i - 1):i + 1]
        return min(candidates, key=lambda c: (abs(c - x), c))

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"SortedList({self._items})"


sl = SortedList([5, 1, 9, 3])
for x in (4, 4, 10, 0):
    sl.add(x)
print(sl, len(sl))
sl.remove(4)
try:
    sl.remove(7)
except ValueError as e:
    print("ValueError:", e)
print(sl, sl.count_range(2, 9), sl.count_range(100, 200), [sl.nearest(x) for x in (-5, 2, 6, 7, 50)])


def binary_search(seq, target):
    lo, hi, steps = 0, len(seq) - 1, 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid, steps
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1), steps


data = list(range(0, 1000, 7))
for t in (0, 7, 343, 994, 500, -3, 2000):
    print(t, binary_search(data, t), bisect.bisect_left(data, t))
words = sorted("pear apple fig banana kiwi cherry".split())
bisect.insort_left(words, "grape")
print(words, bisect.bisect(words, "c"), bisect.bisect_left(words, "kiwi", lo=2, hi=5))
rates = [(0, 0.10), (10000, 0.12), (40000, 0.22), (85000, 0.24)]
limits = [r[0] for r in rates]
for income in (5000, 10000, 52000, 250000):
    print(f"{income:>7} -> bracket {rates[bisect.bisect_right(limits, income) - 1][1]:.0%}")
