# hash(ref) is the referent's hash, remembered after death once computed.
import weakref


class K:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        print("  K.__hash__ called")
        return self.h

    def __eq__(self, other):
        return isinstance(other, K) and self.h == other.h


k = K(42)
r = weakref.ref(k)
print("hash(ref):", hash(r))
print("hash again (cached):", hash(r))
print("equal to referent hash:", hash(r) == hash(k))
del k
print("dead, hash still:", hash(r))

k2 = K(7)
r2 = weakref.ref(k2)
del k2
try:
    hash(r2)
except TypeError as e:
    print("TypeError:", e)

# Usable as dictionary keys while alive.
k3 = K(3)
d = {weakref.ref(k3): "three"}
print(d[weakref.ref(k3)])

# An unhashable referent makes the ref unhashable.


class NoHash:
    __hash__ = None


n = NoHash()
rn = weakref.ref(n)
try:
    hash(rn)
except TypeError as e:
    print("TypeError:", e)

# Hash of a plain object ref matches the object's default hash.


class Plain:
    pass


p = Plain()
rp = weakref.ref(p)
print(hash(rp) == hash(p))
