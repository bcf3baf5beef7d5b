# Weak references and resurrection. Freed by reference counting, an object
# that resurrects itself in __del__ keeps its weak references (they are only
# cleared after __del__ returns without resurrection). Freed by the
# collector, weak references are cleared before __del__ runs, so they stay
# dead even if the object comes back.
import gc
import weakref

gc.disable()
gc.collect()
saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        saved.append(self)


p = Phoenix("refcounted")
r = weakref.ref(p, lambda w: print("callback (refcounted)"))
del p
print("resurrected:", saved[0].name)
print("weakref still alive:", r() is saved[0])
print("is_finalized:", gc.is_finalized(saved[0]))
saved.clear()
print("second death: no __del__, weakref dead:", r())

q = Phoenix("cyclic")
q.me = q
rq = weakref.ref(q, lambda w: print("callback (cyclic)"))
del q
print("collect:", gc.collect())
print("resurrected:", saved[0].name, "weakref:", rq())
print("is_finalized:", gc.is_finalized(saved[0]))
print("new weakref works:", weakref.ref(saved[0])() is saved[0])
saved.clear()
print("collect again:", gc.collect())
print("is_finalized of a fresh object:", gc.is_finalized(Phoenix.__new__(Phoenix)))
gc.enable()
