# Resurrection: __del__ stores self somewhere; the object survives, and its
# __del__ is never called a second time.
import gc

gc.disable()
gc.collect()
graveyard = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        graveyard.append(self)


p = Phoenix("simple")
del p
print("resurrected:", [x.name for x in graveyard])
graveyard.clear()
print("cleared graveyard (no second __del__)")

# Resurrection from a cycle.
a = Phoenix("cyc-a")
b = Phoenix("cyc-b")
a.other = b
b.other = a
del a, b
print("collect:", gc.collect())
print("graveyard:", sorted(x.name for x in graveyard))
g = graveyard[0]
print("partner intact:", g.other.other is g)
graveyard.clear()
del g
print("collect again:", gc.collect())
print("graveyard:", graveyard)


# Only one object of a cycle resurrects itself; the other has no __del__.
class Plain:
    pass


c = Phoenix("only")
d = Plain()
c.d = d
d.c = c
del c, d
print("collect:", gc.collect())
print("survivor has its partner:", type(graveyard[0].d).__name__)
graveyard.clear()
print("final collect:", gc.collect())
gc.enable()
