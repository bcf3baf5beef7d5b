import heapq
from collections import deque, defaultdict

EDGES = [
    ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
    ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1),
]


def build(edges, directed=False):
    g = defaultdict(list)
    for a, b, w in edges:
        g[a].append((b, w))
        if not directed:
            g[b].append((a, w))
    for node in g:
        g[node].sort()
    return g


def bfs(g, start):
    order, seen, q = [], {start}, deque([start])
    dist = {start: 0}
    while q:
        n = q.popleft()
        order.append(n)
        for m, _ in g[n]:
            if m not in seen:
                seen.add(m)
                dist[m] = dist[n] + 1
                q.append(m)
    return order, dist


def dfs(g, start, seen=None):
    seen = [] if seen is None else seen
    seen.append(start)
    for m, _ in g[start]:
        if m not in seen:
            dfs(g, m, seen)
    return seen


def dijkstra(g, src):
    dist, prev = {src: 0}, {}
    heap = [(0, src)]
    while heap:
        d, n = heapq.heappop(heap)
        if d > dist.get(n, float("inf")):
            continue
        for m, w in g[n]:
            nd = d + w
            if nd < dist.get(m, float("inf")):
                dist[m], prev[m] = nd, n
                heapq.heappush(heap, (nd, m))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def components(g):
    seen, comps = set(), []
    for n in sorted(g):
        if n not in seen:
            comp = dfs(g, n)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps


g = build(EDGES)
print(bfs(g, "A"))
print(dfs(g, "A"))
dist, prev = dijkstra(g, "A")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:>3} via {'-'.join(path(prev, node))}")
print(components(g))
print(dijkstra(build(EDGES, directed=True), "D")[0])
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h, heapq.nsmallest(3, h), heapq.nlargest(2, h), [heapq.heappop(h) for _ in range(3)])
print(heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), sorted(h))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
