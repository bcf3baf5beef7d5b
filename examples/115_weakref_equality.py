# Equality: live refs compare their referents; dead refs compare identity.
import weakref


class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  V.__eq__", self.v, other.v)
        return self.v == other.v

    __hash__ = object.__hash__


a = V(1)
b = V(1)
c = V(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print("ra == rb:", ra == rb)
print("ra == rc:", ra == rc)
print("ra != rc:", ra != rc)
print("ra == ra:", ra == ra)
print("ref == non-ref:", ra == 1, ra != "x")

del a
print("dead ra == rb:", ra == rb)
print("dead ra == ra:", ra == ra)
print("dead ra != rb:", ra != rb)
del b
print("both dead ra == rb:", ra == rb)

# Comparisons other than == and != are not supported.
try:
    rc < rc
except TypeError as e:
    print("TypeError:", e)

# Refs with callbacks to the same object compare equal.
x = V(5)
r1 = weakref.ref(x, lambda w: None)
r2 = weakref.ref(x, lambda w: None)
print("distinct but equal:", r1 is r2, r1 == r2)
