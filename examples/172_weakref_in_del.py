# Inside __del__ the object is still alive: existing weak references still
# return it, and new weak references can be created to it.
import weakref

refs = []


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "existing ref ->", refs[0]() is self)
        refs.append(weakref.ref(self, lambda w: print("callback of ref made in __del__")))
        print("  weakref count in __del__:", weakref.getweakrefcount(self))


o = Obj("o")
refs.append(weakref.ref(o, lambda w: print("callback of original ref")))
del o
print("after del:", [r() for r in refs])


# A callback that creates new objects and weakrefs (re-entrancy).
class Node:
    pass


log = []


def chain(w):
    log.append("chain callback")
    n = Node()
    weakref.ref(n, lambda w2: log.append("nested callback"))
    del n
    log.append("after nested")


x = Node()
wx = weakref.ref(x, chain)
del x
print("log:", log)
