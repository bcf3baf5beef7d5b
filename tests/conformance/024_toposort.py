from collections import defaultdict, deque


class CycleError(Exception):
    def __init__(self, cycle):
        super().__init__(" -> ".join(cycle))
        self.cycle = cycle


def kahn(deps):
    indeg = defaultdict(int)
    users = defaultdict(list)
    nodes = set(deps)
    for node, reqs in deps.items():
        for r in reqs:
            nodes.add(r)
            users[r].append(node)
            indeg[node] += 1
    ready = deque(sorted(n for n in nodes if indeg[n] == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    if len(order) != len(nodes):
        raise CycleError(find_cycle(deps))
    return order


def find_cycle(deps):
    WHITE, GREY, BLACK = 0, 1, 2
    color = defaultdict(int)
    stack = []

    def visit(n):
        color[n] = GREY
        stack.append(n)
        for m in sorted(deps.get(n, ())):
            if color[m] == GREY:
                return stack[stack.index(m):] + [m]
            if color[m] == WHITE:
                found = visit(m)
                if found:
                    return found
        stack.pop()
        color[n] = BLACK
        return None

    for n in sorted(deps):
        if color[n] == WHITE:
            found = visit(n)
            if found:
                return found
    return []


def levels(deps):
    memo = {}

    def depth(n):
        if n not in memo:
            memo[n] = 1 + max((depth(r) for r in deps.get(n, ())), default=-1)
        return memo[n]

    out = defaultdict(list)
    for n in sorted(set(deps) | {r for rs in deps.values() for r in rs}):
        out[depth(n)].append(n)
    return dict(out)


build = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "tests": ["app", "mock"],
    "config": [],
    "docs": ["app"],
}
print(kahn(build))
print(levels(build))
cyclic = dict(build, core=["app"])
try:
    kahn(cyclic)
except CycleError as e:
    print("cycle:", e, len(e.cycle))
courses = {"cs201": ["cs101"], "cs301": ["cs201", "math200"], "math200": ["math100"], "cs101": []}
for i, c in enumerate(kahn(courses), 1):
    print(f"semester {i}: {c}")
