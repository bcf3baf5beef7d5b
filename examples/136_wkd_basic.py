# WeakKeyDictionary: keys held weakly, entries vanish with their keys.
import weakref


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Key(%s)" % self.name


k1, k2, k3 = Key("one"), Key("two"), Key("three")
d = weakref.WeakKeyDictionary()
d[k1] = 1
d[k2] = 2
d[k3] = 3
print("len:", len(d))
print("d[k2]:", d[k2], "k2 in d:", k2 in d, "'x' in d:", "x" in d)
print("get:", d.get(k1), d.get(Key("other")), d.get(Key("other"), -1))
print("keys:", sorted(k.name for k in d.keys()))
print("values:", sorted(d.values()))
print("items:", sorted((k.name, v) for k, v in d.items()))
print("iter:", sorted(k.name for k in d))

del k2
print("after del k2:", len(d), sorted(k.name for k in d))
del d[k1]
print("after del d[k1]:", len(d))
try:
    d[Key("ghost")]
except KeyError as e:
    print("KeyError:", e)
try:
    del d[Key("ghost")]
except KeyError as e:
    print("KeyError on delete:", e)

print("setdefault:", d.setdefault(k3, 99), d.setdefault(k1, 11))
print("pop:", d.pop(k1), d.pop(k1, "default"))
k4 = Key("four")
d.update({k4: 4})
d.update([(k1, 1)])
print("updated:", sorted((k.name, v) for k, v in d.items()))
k, v = d.popitem()
print("popitem:", k, v)
print("repr:", repr(d).startswith("<WeakKeyDictionary at 0x"))
print("len:", len(d))
del k, k4, k1
print("only three left:", [(k.name, v) for k, v in d.items()])
