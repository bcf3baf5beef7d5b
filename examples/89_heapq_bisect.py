# heapq and bisect
import heapq
import bisect

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 5), data)
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]))
words = ["bb", "a", "ccc", "dd", "e"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nlargest(0, words))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)), list(heapq.merge()))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))

a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 4, 0, 3), bisect.bisect_right(a, 4, 4))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 100)
print(a)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [("ann", 20), ("bob", 35), ("cid", 50)]
print(bisect.bisect_left(records, 35, key=lambda r: r[1]))
bisect.insort(records, ("dee", 40), key=lambda r: r[1])
print(records)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print("ValueError:", e)
