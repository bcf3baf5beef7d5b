# PEP 442: cycles whose objects have __del__ are collected, and each __del__
# runs exactly once.
import gc
import weakref

gc.disable()
gc.collect()


class Finalized:
    calls = {}

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Finalized.calls[self.name] = Finalized.calls.get(self.name, 0) + 1
        print("__del__", self.name)


a = Finalized("a")
b = Finalized("b")
a.partner = b
b.partner = a
wa = weakref.ref(a, lambda w: print("callback for a"))
del a, b
print("collecting")
n = gc.collect()
print("collected:", n)
print("calls:", sorted(Finalized.calls.items()))
print("gc.garbage:", gc.garbage)
print("weakref dead:", wa())

# A __del__ that touches its partner (still intact during finalization).


class Peer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("%s sees partner %s" % (self.name, self.partner.name))


p = Peer("p")
q = Peer("q")
p.partner = q
q.partner = p
del p, q
print("collected:", gc.collect())
print("again:", gc.collect())
gc.enable()
