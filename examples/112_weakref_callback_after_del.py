# __del__ runs first, then weak references are cleared, then callbacks run.
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "- my weakref still works:", wr_holder[self.name]() is self)


wr_holder = {}


def cb(wr):
    print("callback: ref is dead:", wr() is None)


r = Res("r1")
wr_holder["r1"] = weakref.ref(r, cb)
print("before del")
del r
print("after del")


# Two objects, each with a callback, freed by one list deletion.
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del item", self.n)


items = [Item(1), Item(2)]
ws = [weakref.ref(x, lambda w, n=x.n: print("cb item", n)) for x in items]
print("clearing list")
del items
print("done clearing")


# The callback can look at the other refs: all refs to the object are
# cleared before any callback runs.
class P:
    pass


p = P()
w1 = weakref.ref(p, lambda w: print("w1 cb; w2() is", w2()))
w2 = weakref.ref(p, lambda w: print("w2 cb; w1() is", w1()))
del p
print("end")
