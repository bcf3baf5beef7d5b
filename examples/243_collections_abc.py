from collections.abc import *
import collections.abc as cabc

class OnlyIter:
    def __iter__(self): return iter([1, 2])
class OnlyLen:
    def __len__(self): return 3
class NoHash:
    def __eq__(self, o): return True
class Full:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
class ItNone(OnlyIter):
    __iter__ = None
for c in (OnlyIter, OnlyLen, NoHash, Full, ItNone):
    print(c.__name__, isinstance(c(), Iterable), issubclass(c, Sized), issubclass(c, Hashable), issubclass(c, Collection), issubclass(c, Container), issubclass(c, Sequence))

class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
print(isinstance(Vec(), Sequence))
Sequence.register(Vec)
print(isinstance(Vec(), Sequence), issubclass(Vec, Iterable), issubclass(Vec, Reversible), issubclass(Vec, MutableSequence))
print(Sequence.register(Vec) is Vec)

class Squares(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice): return [self[j] for j in range(self.n)[i]]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), 9 in s, 10 in s, list(reversed(s)), s.index(9), s.count(4), len(s), s[1:3])
try: s.index(7)
except ValueError as e: print("ValueError", repr(e))
print(isinstance(s, Sequence), isinstance(s, Reversible), isinstance(s, MutableSequence), isinstance(s, Hashable))

class Registry(MutableMapping):
    def __init__(self, *a, **k):
        self._d = {}
        self.update(*a, **k)
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return f"Registry({self._d})"
r = Registry({"A": 1}, b=2)
print(r, "a" in r, "A" in r, r.get("B"), r.get("z", 0), list(r.keys()), list(r.items()), list(r.values()))
print(r.keys(), r.items(), r.values())
print(r == {"a": 1, "b": 2}, r != {"a": 1}, r.setdefault("C", 3), r.pop("c"), r.pop("zz", None))
try: r.pop("zz")
except KeyError as e: print("KeyError", e)
print(r.popitem(), r)
r.update([("x", 9)]); r.update(Registry(y=8)); print(r, len(r))
print("a" in r.keys(), ("x", 9) in r.items(), 9 in r.values(), sorted(r.keys() & {"x", "q"}), sorted(r.keys() | {"q"}))
r.clear(); print(r, bool(r))
try: r.popitem()
except KeyError: print("empty popitem KeyError")

class Stack(MutableSequence):
    def __init__(self): self._l = []
    def __len__(self): return len(self._l)
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def insert(self, i, v): self._l.insert(i, v)
    def __repr__(self): return f"Stack({self._l})"
st = Stack()
st.append(1); st.extend([2, 3, 4]); st.insert(0, 0); print(st)
print(st.pop(), st.pop(0), st); st.remove(2); print(st); st.reverse(); print(st)
st += [7, 8]; print(st, st.index(7), st.count(3)); st.clear(); print(st)

class OSet(MutableSet):
    def __init__(self, it=()):
        self._items = []
        for x in it: self.add(x)
    def __contains__(self, x): return x in self._items
    def __iter__(self): return iter(self._items)
    def __len__(self): return len(self._items)
    def add(self, x):
        if x not in self._items: self._items.append(x)
    def discard(self, x):
        if x in self._items: self._items.remove(x)
    def __repr__(self): return f"OSet({self._items})"
a = OSet([3, 1, 2]); b = OSet([2, 5])
print(a | b, a & b, a - b, a ^ b, a <= OSet([1, 2, 3, 4]), a < a, a == OSet([1, 2, 3]), a.isdisjoint([9]))
a |= [9]; a -= [3]; print(a, a.pop(), a); a.remove(2)
try: a.remove(42)
except KeyError as e: print("KeyError", e)
print(a, isinstance(a, Set), isinstance(a, Hashable))

class Shape(Sized):
    pass
try: Shape()
except TypeError as e: print(e)
class Half(MutableMapping):
    def __getitem__(self, k): pass
try: Half()
except TypeError as e: print(e)
class Gen(Generator):
    def send(self, v): return 1
try: Gen()
except TypeError as e: print(e)
class Gen2(Gen):
    def throw(self, *a): raise StopIteration
g = Gen2(); print(next(g), iter(g) is g, g.close())

class Later: pass
class LaterSub(Later): pass
Mapping.register(Later)
print(issubclass(LaterSub, Mapping), issubclass(Later, MutableMapping), isinstance(LaterSub(), Collection))
try: Sequence.register(1)
except TypeError as e: print(e)
try: Iterable.register(Sequence) ; Sequence.register(Iterable)
except RuntimeError as e: print(e)
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(print, Callable), isinstance(Squares, Callable), isinstance(1, Callable))
print(cabc.__name__, Sized.__module__, "Sequence" in cabc.__all__)
print(Mapping.__abstractmethods__ == frozenset({'__getitem__', '__iter__', '__len__'}), sorted(MutableSequence.__abstractmethods__))
