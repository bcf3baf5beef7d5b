# `match` treats classes inheriting from or registered with
# collections.abc.Sequence / Mapping as sequences / mappings.
from collections.abc import Mapping, MutableSequence, Sequence
import collections.abc


class Row(Sequence):
    def __init__(self, *cells):
        self.cells = cells

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, i):
        return self.cells[i]


class Config(Mapping):
    def __init__(self, **kw):
        self._kw = kw

    def __getitem__(self, k):
        return self._kw[k]

    def __iter__(self):
        return iter(self._kw)

    def __len__(self):
        return len(self._kw)


class Plain:
    """Has the methods but is neither inherited nor registered."""

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return [10, 20][i]

    def keys(self):
        return ["a"]

    def get(self, k, d=None):
        return 1 if k == "a" else d


class Registered:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class RegisteredMap:
    def __init__(self, **kw):
        self.kw = kw

    def __len__(self):
        return len(self.kw)

    def __getitem__(self, k):
        return self.kw[k]

    def __iter__(self):
        return iter(self.kw)

    def get(self, k, default=None):
        return self.kw.get(k, default)

    def keys(self):
        return self.kw.keys()


class SubOfRegistered(Registered):
    pass


def describe(subject):
    match subject:
        case {"kind": kind, **rest}:
            return f"mapping kind={kind} rest={sorted(rest)}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one: {x}"
        case [first, *others]:
            return f"first={first} others={others}"
        case {}:
            return "some mapping"
        case _:
            return "something else"


print(describe(Row(1, 2, 3)))
print(describe(Row()))
print(describe(Config(kind="db", host="h", port=1)))
print(describe(Config(host="h")))
print(describe(Plain()))
print(describe(Registered(1, 2)))
Sequence.register(Registered)
print(describe(Registered(1, 2)), describe(SubOfRegistered("only")))
print(describe(RegisteredMap(kind="x")))
Mapping.register(RegisteredMap)
print(describe(RegisteredMap(kind="x", a=1)))
# Built-ins keep their usual behaviour.
print(describe([1, 2]), describe((9,)), describe(range(3)), describe({"kind": 0}))
print(describe("ab"), describe(b"ab"), describe({1, 2}))


class Strange(MutableSequence):
    def __init__(self):
        self.data = ["s", "t"]

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def insert(self, i, v):
        self.data.insert(i, v)


print(describe(Strange()))


# Registering a dict subclass as a Sequence makes it match as a sequence.
class DictLike(dict):
    pass


Sequence.register(DictLike)
print(describe(DictLike(kind="d")))
# Class patterns use isinstance, so ABCs work there too.
for value in (Row(1), Config(), [1], 5, Registered()):
    match value:
        case collections.abc.Mapping():
            print("Mapping()")
        case Sequence():
            print("Sequence()", type(value).__name__)
        case _:
            print("neither")
