# WeakValueDictionary: pop, popitem, setdefault, update, copy, |, |=.
import weakref


class V:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "V(%s)" % self.name


a, b, c, e = V("a"), V("b"), V("c"), V("e")
d = weakref.WeakValueDictionary()
d.update({"a": a, "b": b})
d.update(c=c)
d.update([("e", e)])
print(sorted(d.items(), key=lambda kv: kv[0]))

print("pop:", d.pop("a"))
print("pop default:", d.pop("a", "gone"))
try:
    d.pop("a")
except KeyError as ex:
    print("KeyError:", ex)

print("setdefault existing:", d.setdefault("b", c))
x = V("x")
print("setdefault new:", d.setdefault("x", x))
print("keys:", sorted(d.keys()))

k, v = d.popitem()
print("popitem gives a pair:", k in "bcex", v.name == k)
print("len:", len(d))

cp = d.copy()
print("copy type:", type(cp).__name__, sorted(cp.keys()) == sorted(d.keys()))
del d[sorted(d.keys())[0]]
print("copy independent:", len(cp), len(d))

u = d | {"new": a}
print("or:", type(u).__name__, sorted(u.keys()))
r = {"plain": b} | d
print("ror:", type(r).__name__, sorted(r.keys()))
d |= {"z": a}
print("ior:", sorted(d.keys()))

# Entries referring to dead objects disappear from every view.
del a
print("after del a:", sorted(d.keys()), sorted(u.keys()), sorted(r.keys()))
