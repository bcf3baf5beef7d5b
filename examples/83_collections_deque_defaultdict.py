# collections.deque and collections.defaultdict
from collections import deque, defaultdict

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d, list(d), list(reversed(d)))
print(2 in d, 99 in d, d.count(4), d.index(4))
d[1] = "X"
del d[0]
print(d)
d.remove(5)
d.reverse()
print(d, bool(d), bool(deque()))
d.insert(1, "ins")
print(d)
d.clear()
print(d, len(d))

# bounded deques drop from the opposite end
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3))
print(last3, last3.maxlen, deque().maxlen)
last3.appendleft(-1)
print(last3)
last3.extendleft([10, 11])
print(last3)
print(deque(range(10), maxlen=0), deque("hello", 2))

# comparisons, copies, arithmetic
a = deque([1, 2])
b = a.copy()
b.append(3)
print(a, b, a == deque([1, 2]), a != b, a < b, a == [1, 2])
print(a + b, a * 2, 2 * a)
a += [7, 8]
print(a)

for name, call in [("pop", deque().pop), ("popleft", deque().popleft)]:
    try:
        call()
    except IndexError as e:
        print(name, "IndexError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    dq = deque([1, 2, 3])
    for x in dq:
        dq.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)

# a breadth-first search, the classic deque use
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen, queue, order = {"a"}, deque(["a"]), []
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)

# defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], groups.get("z"), "z" in groups, len(groups))
print(groups["z"], "z" in groups)

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts))
print(counts.default_factory, defaultdict(None), defaultdict(set, {1: {2}}))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 5
print(nested["x"]["y"], dict(nested["x"]))

plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(42)
except TypeError as e:
    print("TypeError:", e)

c = counts.copy()
c["new"] += 1
print(type(c).__name__, c["new"], "new" in counts)
print(isinstance(counts, dict), isinstance(counts, defaultdict))
