# A weakref callback or __del__ that releases other objects: everything is
# freed, in CPython's order, without errors.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


registry = {"a": Obj("a"), "b": Obj("b"), "c": Obj("c")}


def release_all(w):
    print("callback releases registry")
    registry.clear()
    print("registry cleared")


trigger = Obj("trigger")
r = weakref.ref(trigger, release_all)
del trigger
print("registry size:", len(registry))


class Owner:
    def __init__(self, name, owned):
        self.name = name
        self.owned = owned

    def __del__(self):
        print("Owner", self.name, "drops", self.owned.name)
        self.owned = None
        print("Owner", self.name, "done")


o = Owner("o1", Obj("owned1"))
o = None

# A callback that deletes the weak reference to another object whose
# callback has not run yet: that callback is skipped.
holder = {}
victim = Obj("victim")
holder["r2"] = weakref.ref(victim, lambda w: print("r2 callback runs"))
holder["r1"] = weakref.ref(victim, lambda w: (print("r1 callback drops r2"), holder.pop("r2")))
del victim
print("end", sorted(holder))
