# During a collection, callbacks of weak references that are themselves
# outside the garbage run; weakrefs that are part of the garbage are cleared
# without calling their callbacks.
import gc
import weakref

gc.disable()
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name


a = Node("a")
b = Node("b")
a.other = b
b.other = a

outside = weakref.ref(a, lambda w: print("outside callback for a"))
# A weakref stored inside the cycle itself, with a callback.
b.inner = weakref.ref(a, lambda w: print("inner callback (must not run)"))
inner = weakref.ref(b)  # outside, no callback
del a, b
print("collecting")
print("collected:", gc.collect())
print("outside dead:", outside(), "inner dead:", inner())

# A weakref whose callback is in the garbage and the ref outside: callback runs.
c = Node("c")
c.self = c


def make_cb():
    return lambda w: print("callback from a collected closure")


wr = weakref.ref(c, make_cb())
del c
print("collected:", gc.collect())

# Callbacks see all weakrefs to garbage already cleared.
d = Node("d")
e = Node("e")
d.e = e
e.d = d
rd = weakref.ref(d, lambda w: print("d callback, e ref is", re()))
re = weakref.ref(e, lambda w: print("e callback, d ref is", rd()))
del d, e
print("collected:", gc.collect())
gc.enable()
