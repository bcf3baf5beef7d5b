# Cycles through functions, closures, bound methods and frames.
import gc
import weakref

gc.disable()
gc.collect()


def recursive_closure():
    def inner(n):
        return n if n < 1 else inner(n - 1)
    return inner


f = recursive_closure()
print("closure works:", f(3))
rf = weakref.ref(f)
del f
print("still alive (cycle through cell):", rf() is not None)
print("closure cycle:", gc.collect())
print("dead:", rf())


class Widget:
    def __init__(self):
        self.handler = self.on_event

    def on_event(self):
        pass


w = Widget()
rw = weakref.ref(w)
del w
print("bound method stored on self, alive:", rw() is not None)
print("bound method cycle:", gc.collect())
print("dead:", rw())


def make_counter():
    count = [0]

    def inc():
        count[0] += 1
        return count[0]
    count.append(inc)
    return inc


c = make_counter()
print(c(), c())
del c
print("closure cell list cycle:", gc.collect())
gc.enable()
