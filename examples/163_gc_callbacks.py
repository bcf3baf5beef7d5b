# gc.callbacks: called with "start" and "stop" and an info dictionary.
import gc

gc.disable()
gc.collect()
events = []


def watcher(phase, info):
    events.append((phase, dict(info)))


gc.callbacks.append(watcher)


class Node:
    pass


for _ in range(3):
    n = Node()
    n.me = n
del n
result = gc.collect()
print("collect returned:", result)
for phase, info in events:
    print(phase, sorted(info.keys()))
start, stop = events
print("start info:", sorted(start[1].items()))
print("stop info:", sorted(stop[1].items()))
print("stop collected matches:", stop[1]["collected"] == result)

events.clear()
gc.collect(1)
print("generation in info:", [info["generation"] for _, info in events])

# Several callbacks run in list order.
order = []
gc.callbacks.append(lambda phase, info: order.append("second " + phase))
gc.callbacks.insert(0, lambda phase, info: order.append("first " + phase))
gc.collect()
print("order:", order)

# A failing callback is reported and the others still run.
gc.callbacks.clear()
order.clear()
gc.callbacks.append(lambda p, i: 1 / 0)
gc.callbacks.append(lambda p, i: order.append(p))
gc.collect()
print("after failing callback:", order)
gc.callbacks.clear()
print("callbacks cleared:", gc.callbacks)
gc.enable()
