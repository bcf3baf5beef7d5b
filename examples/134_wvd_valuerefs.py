# WeakValueDictionary.valuerefs / itervaluerefs give KeyedRef objects.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n


store = [Obj(i) for i in range(3)]
d = weakref.WeakValueDictionary([(str(o.n), o) for o in store])
refs = d.valuerefs()
print("count:", len(refs))
print("all KeyedRef:", all(isinstance(r, weakref.KeyedRef) for r in refs))
print("all refs:", all(isinstance(r, weakref.ref) for r in refs))
print("keys on refs:", sorted(r.key for r in refs))
print("referents:", sorted(r().n for r in refs))

irefs = list(d.itervaluerefs())
print("itervaluerefs:", sorted(r.key for r in irefs))

# The refs outlive their objects.
store.pop(0)
print("ref to dead object:", [r() is None for r in sorted(refs, key=lambda r: r.key)])
print("dict length:", len(d))

# A KeyedRef can be made directly.
removed = []
o = Obj(7)
kr = weakref.KeyedRef(o, lambda r: removed.append(r.key), "seven")
print("key:", kr.key, "alive:", kr() is o)
del o
print("removed:", removed)
