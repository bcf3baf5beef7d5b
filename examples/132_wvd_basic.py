# WeakValueDictionary basics: entries vanish with their values.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


d = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for i, o in enumerate(objs):
    d["k%d" % i] = o
del o
print("len:", len(d))
print("k2 in d:", "k2" in d, "zz in d:", "zz" in d)
print("d['k3']:", d["k3"])
print("get:", d.get("k1"), d.get("missing"), d.get("missing", "dflt"))
print("sorted keys:", sorted(d.keys()))
print("sorted values:", sorted(d.values(), key=lambda o: o.n))
print("sorted items:", sorted(d.items()))
print("iter:", sorted(d))

del objs[0]
print("after del objs[0]:", len(d), sorted(d.keys()))
objs[1] = None
print("after replacing objs[1]:", len(d), sorted(d.keys()))

try:
    d["k0"]
except KeyError as e:
    print("KeyError:", e)

del d["k4"]
print("after del d['k4']:", sorted(d.keys()))
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)

print("repr:", repr(d).startswith("<WeakValueDictionary at 0x"))
# Overwriting a key replaces the weak reference.
keep = Obj(99)
d["k3"] = keep
print("k3 now:", d["k3"])
objs.clear()
print("after clearing list:", sorted(d.items()))
d2 = weakref.WeakValueDictionary({"a": keep}, b=keep)
print("constructed:", sorted(d2.items()))
