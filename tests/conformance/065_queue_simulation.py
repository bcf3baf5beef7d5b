import random
from collections import deque


class Customer:
    def __init__(self, cid, arrival, service):
        self.cid, self.arrival, self.service = cid, arrival, service
        self.start = None

    @property
    def wait(self):
        return self.start - self.arrival


class Teller:
    def __init__(self, name):
        self.name = name
        self.busy_until = 0
        self.served = []

    def free(self, t):
        return self.busy_until <= t


def simulate(n_tellers, n_customers, seed, mean_gap=2.0, mean_service=5.0):
    rng = random.Random(seed)
    t, customers = 0.0, []
    for cid in range(n_customers):
        t += rng.expovariate(1 / mean_gap)
        customers.append(Customer(cid, round(t, 2), round(rng.uniform(1, 2 * mean_service - 1), 2)))
    tellers = [Teller(f"T{i}") for i in range(n_tellers)]
    line = deque()
    clock, arrivals, max_line = 0.0, deque(customers), 0
    while arrivals or line:
        next_arrival = arrivals[0].arrival if arrivals else float("inf")
        next_free = min(tl.busy_until for tl in tellers)
        if line and next_free <= next_arrival:
            clock = max(clock, next_free)
            teller = min((tl for tl in tellers if tl.free(clock)), key=lambda tl: tl.name)
            c = line.popleft()
            c.start = clock
            teller.busy_until = round(clock + c.service, 2)
            teller.served.append(c.cid)
        else:
            clock = next_arrival
            line.append(arrivals.popleft())
            max_line = max(max_line, len(line))
    waits = [c.wait for c in customers]
    return {
        "avg_wait": round(sum(waits) / len(waits), 3),
        "max_wait": round(max(waits), 2),
        "max_line": max_line,
        "finish": max(tl.busy_until for tl in tellers),
        "served": {tl.name: len(tl.served) for tl in tellers},
    }


for tellers in (1, 2, 3, 4):
    stats = simulate(tellers, 40, seed=2024)
    print(f"{tellers} teller(s): {stats}")
results = [simulate(2, 25, seed=s)["avg_wait"] for s in range(5)]
print(results, f"{sum(results) / len(results):.3f}")
rng = random.Random(0)
print([round(rng.expovariate(0.5), 6) for _ in range(3)], round(rng.normalvariate(10, 2), 6), rng.triangular(0, 1) < 1)
