# gc.get_objects and gc.get_stats (relative facts).
import gc

gc.disable()
gc.collect()


class Marker:
    pass


m = Marker()
objs = gc.get_objects()
print("marker tracked and listed:", any(o is m for o in objs))
print("ints not listed:", not any(type(o) is int for o in objs))
del objs

young = gc.get_objects(generation=0)
print("new object in generation 0:", any(o is m for o in young))
del young
gc.collect()
print("after full collect, in generation 2:",
      any(o is m for o in gc.get_objects(generation=2)))
print("and no longer in 0:", any(o is m for o in gc.get_objects(generation=0)))

stats = gc.get_stats()
print("stats per generation:", len(stats))
print("keys:", sorted(stats[0].keys()))
before = gc.get_stats()[2]["collections"]
gc.collect()
print("full collections counted:", gc.get_stats()[2]["collections"] - before)
c = Marker()
c.me = c
del c
before = gc.get_stats()[2]["collected"]
gc.collect()
print("collected counted:", gc.get_stats()[2]["collected"] - before)
try:
    gc.get_objects(generation=5)
except ValueError as e:
    print("ValueError:", e)
gc.enable()
