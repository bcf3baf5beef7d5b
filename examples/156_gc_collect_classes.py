# Classes are part of reference cycles in CPython: deleting a class frees it
# only when the collector runs.
import gc
import weakref

gc.disable()
gc.collect()


class Temp:
    pass


r = weakref.ref(Temp, lambda w: print("  class callback"))
del Temp
print("after del Temp, alive:", r() is not None)
print("collected:", gc.collect())
print("dead:", r())


class Base:
    def method(self):
        return 1


class Derived(Base):
    attr = [1, 2, 3]


rd = weakref.ref(Derived)
del Derived
print("derived class:", gc.collect(), rd())

print("Base still fine:", Base().method())
gc.enable()
