import heapq
from collections import deque


class Task:
    _seq = 0

    def __init__(self, name, priority, duration, deps=()):
        self.name, self.priority, self.duration = name, priority, duration
        self.deps = set(deps)
        Task._seq += 1
        self.seq = Task._seq

    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)

    def __repr__(self):
        return f"<{self.name} p{self.priority}>"


def schedule(tasks, workers=2):
    pending = {t.name: t for t in tasks}
    done, ready, running, clock, timeline = set(), [], [], 0, []

    def refresh():
        for name in sorted(pending):
            t = pending[name]
            if t.deps <= done:
                heapq.heappush(ready, t)
                del pending[name]

    refresh()
    while ready or running:
        while ready and len(running) < workers:
            t = heapq.heappop(ready)
            heapq.heappush(running, (clock + t.duration, t.seq, t))
            timeline.append(f"t={clock:>2} start {t.name}")
        end, _, t = heapq.heappop(running)
        clock = end
        done.add(t.name)
        timeline.append(f"t={clock:>2} done  {t.name}")
        refresh()
    if pending:
        timeline.append(f"blocked: {sorted(pending)}")
    return clock, timeline


tasks = [
    Task("fetch", 2, 3), Task("compile", 1, 5, ["fetch"]), Task("lint", 3, 2, ["fetch"]),
    Task("test", 1, 4, ["compile"]), Task("docs", 5, 2), Task("package", 2, 1, ["test", "lint"]),
    Task("deploy", 0, 2, ["package", "docs"]), Task("orphan", 1, 1, ["missing"]),
]
for workers in (1, 2, 3):
    total, log = schedule(tasks, workers)
    print(f"workers={workers} total={total}")
    if workers == 2:
        print("\n".join("  " + line for line in log))
print(sorted(tasks)[:3], min(tasks), max(tasks, key=lambda t: t.duration))

rr = deque([("a", 5), ("b", 2), ("c", 4)])
quantum, t, order = 2, 0, []
while rr:
    name, left = rr.popleft()
    run = min(quantum, left)
    t += run
    if left - run:
        rr.append((name, left - run))
    else:
        order.append((name, t))
print(order)
d = deque(range(5), maxlen=5)
d.append(5)
d.appendleft(-1)
d.rotate(2)
print(d, d.maxlen, list(reversed(d)), d.count(1), d[0], d[-1])
