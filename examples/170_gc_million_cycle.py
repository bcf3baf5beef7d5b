# A cyclic structure of one million objects is collected in one go.
import gc
import weakref

gc.disable()
gc.collect()


class Marker:
    pass


N = 1000000
ring = [None] * N
for i in range(N):
    ring[i] = [i]
for i in range(N):
    ring[i].append(ring[(i + 1) % N])
marker = Marker()
ring[0].append(marker)
wr = weakref.ref(marker, lambda w: print("marker freed by the collector"))
del marker
first = ring[0]
del ring
print("ring alive through the cycle:", wr() is not None)
del first
n = gc.collect()
print("collected:", n)
print("marker dead:", wr())
gc.enable()
