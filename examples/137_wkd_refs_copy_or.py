# WeakKeyDictionary: keyrefs, copy, |, |=, equality of keys.
import weakref


class Key:
    def __init__(self, ident):
        self.ident = ident

    def __eq__(self, other):
        return isinstance(other, Key) and self.ident == other.ident

    def __hash__(self):
        return hash(self.ident)

    def __repr__(self):
        return "Key(%d)" % self.ident


keys = [Key(i) for i in range(4)]
d = weakref.WeakKeyDictionary({k: k.ident * 10 for k in keys})
refs = d.keyrefs()
print("keyrefs:", len(refs), all(isinstance(r, weakref.ref) for r in refs))
print("referents:", sorted(r().ident for r in refs))

# Lookup with an equal (but different) key object works.
print("equal key lookup:", d[Key(2)], Key(3) in d)

cp = d.copy()
print("copy:", type(cp).__name__, len(cp))
extra = Key(9)
u = d | {extra: 90}
print("or:", type(u).__name__, sorted(v for v in u.values()))
r = {extra: 90} | d
print("ror:", type(r).__name__, sorted(v for v in r.values()))
d |= {extra: 91}
print("ior:", sorted(d.values()))

# Deleting the keys empties every dictionary that held them.
keys.pop()
print("after pop:", len(d), len(cp), len(u), len(r))
del keys[:2]
print("after del slice:", len(d), len(cp), len(u), len(r))
del extra
print("after del extra:", len(d), len(cp), len(u), len(r))
print("dead keyrefs:", sorted(x() is None for x in refs))
