# WeakValueDictionary details: defaults, KeyError and TypeError cases, dead
# values seen through every method, deferred removal while iterating, the
# KeyedRef entries, subclasses, and _weakref._remove_dead_weakref.
import _weakref
import gc
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Thing(%r)" % self.name


d = weakref.WeakValueDictionary()
a, b = Thing("a"), Thing("b")
d["a"] = a
d[2] = b
print(len(d), "a" in d, 2 in d, "zz" in d, d.get("zz"), d.get("zz", "dflt"))
print(d["a"], d.get(2), sorted(map(str, d.keys())))

for bad in [lambda: d["missing"], lambda: d.__setitem__("n", 5), lambda: d.get([])]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)

# The stored weak references are KeyedRefs that know their key.
kr = d.data["a"]
print(type(kr).__name__, kr.key, kr() is a, isinstance(kr, weakref.ref))

# A value dies: every method agrees at once.
del b
print(len(d), 2 in d, d.get(2, "gone"), list(d.keys()))
try:
    d[2]
except KeyError as e:
    print("KeyError", e)

# Deaths while iterating are applied after the loop.
things = [Thing(i) for i in range(5)]
for t in things:
    d[t.name] = t
seen = []
for k in d.keys():
    seen.append(k)
    if k == 1:
        things[3] = None
        print("during iteration:", len(d.data))
print("after iteration:", len(d), sorted(map(str, seen)))


# Subclasses can extend the native methods.
class Logged(weakref.WeakValueDictionary):
    def __setitem__(self, key, value):
        print("store", key)
        super().__setitem__(key, value)

    def get(self, key, default=None):
        found = super().get(key, default)
        print("get", key, "->", found)
        return found


lg = Logged()
x = Thing("x")
lg["x"] = x
lg.get("x")
lg.get("y", 0)
del x
print(len(lg))

# _remove_dead_weakref deletes only dead weak references.
t = Thing("t")
raw = {"live": weakref.ref(t), "dead": weakref.ref(Thing("tmp"))}
_weakref._remove_dead_weakref(raw, "live")
_weakref._remove_dead_weakref(raw, "dead")
_weakref._remove_dead_weakref(raw, "absent")
print(sorted(raw))

# A dictionary that dies before its values: the callback does nothing.
d2 = weakref.WeakValueDictionary()
v = Thing("v")
d2["v"] = v
del d2
gc.collect()
del v
print("done")
