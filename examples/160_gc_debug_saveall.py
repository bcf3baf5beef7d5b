# gc.set_debug(gc.DEBUG_SAVEALL): unreachable objects are kept in gc.garbage
# instead of being freed.
import gc
import weakref

gc.disable()
gc.collect()
print("debug flags at start:", gc.get_debug())
print("garbage at start:", gc.garbage)


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.set_debug(gc.DEBUG_SAVEALL)
print("debug flags now:", gc.get_debug() == gc.DEBUG_SAVEALL)

a = Item("a")
b = Item("b")
a.b = b
b.a = a
r = weakref.ref(a)
del a, b
print("collected:", gc.collect())
print("garbage types:", sorted(type(x).__name__ for x in gc.garbage))
print("weakref still alive:", r() is not None)

l = [1, 2]
l.append(l)
del l
print("collected:", gc.collect())
print("garbage count:", len(gc.garbage))
print("list saved:", any(type(x) is list and x[0] == 1 for x in gc.garbage))

gc.set_debug(0)
print("debug off:", gc.get_debug())
print("releasing gc.garbage")
gc.garbage.clear()
print("collected:", gc.collect())
print("weakref now:", r())
print("constants:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.enable()
