"""An inventory built on collections.abc: a case-insensitive catalogue
(MutableMapping), a bounded history (Sequence), a tag set (MutableSet),
and a report that dispatches on the abstract types with `match`."""

from collections.abc import (Iterable, Mapping, MutableMapping, MutableSet,
                             Sequence, Sized)


class Catalogue(MutableMapping):
    """SKU -> quantity, with SKUs compared case-insensitively."""

    def __init__(self, items=(), **more):
        self._data = {}
        self.update(items, **more)

    def __getitem__(self, sku):
        return self._data[sku.upper()]

    def __setitem__(self, sku, qty):
        if qty < 0:
            raise ValueError(f"negative quantity for {sku}: {qty}")
        self._data[sku.upper()] = qty

    def __delitem__(self, sku):
        del self._data[sku.upper()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"Catalogue({self._data})"


class History(Sequence):
    """The last `limit` events, oldest first."""

    def __init__(self, limit):
        self.limit = limit
        self._events = []

    def record(self, event):
        self._events.append(event)
        del self._events[:-self.limit]

    def __getitem__(self, i):
        return self._events[i]

    def __len__(self):
        return len(self._events)


class Tags(MutableSet):
    """Lower-case tags, kept in insertion order."""

    def __init__(self, tags=()):
        self._tags = []
        for t in tags:
            self.add(t)

    def __contains__(self, tag):
        return tag.lower() in self._tags

    def __iter__(self):
        return iter(self._tags)

    def __len__(self):
        return len(self._tags)

    def add(self, tag):
        if tag not in self:
            self._tags.append(tag.lower())

    def discard(self, tag):
        if tag in self:
            self._tags.remove(tag.lower())

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __repr__(self):
        return f"Tags({self._tags})"


def summarise(thing):
    match thing:
        case Mapping() if not thing:
            return "no stock"
        case {"APPLE": n, **rest}:
            return f"{n} apples and {len(rest)} other lines"
        case Mapping():
            return f"{len(thing)} lines, {sum(thing.values())} units"
        case [only]:
            return f"single event: {only}"
        case [first, *_, last]:
            return f"{len(thing)} events from {first!r} to {last!r}"
        case Sized() if isinstance(thing, Iterable):
            return f"{len(thing)} items: {', '.join(sorted(map(str, thing)))}"
        case _:
            return "unknown"


stock = Catalogue({"apple": 5}, pear=2)
history = History(limit=3)
for sku, qty in [("Plum", 4), ("apple", 7), ("FIG", 1), ("pear", 0)]:
    stock[sku] = stock.get(sku, 0) + qty
    history.record(f"+{qty} {sku.lower()}")
print(stock)
print(summarise(stock))
print(summarise(Catalogue(fig=3, kiwi=4)))
print(summarise(Catalogue()))
print(summarise(history), list(reversed(history)))
print(history.index("+1 fig"), history.count("+0 pear"), "+4 plum" in history)
print(summarise(History(2)), end=" | ")
h = History(5)
h.record("boot")
print(summarise(h))

try:
    stock["kiwi"] = -1
except ValueError as e:
    print("rejected:", e)
print(stock.pop("fig"), stock.setdefault("Kiwi", 0), sorted(stock.items()))
print(stock == {"APPLE": 12, "PEAR": 2, "PLUM": 4, "KIWI": 0}, "plum" in stock)

tags = Tags(["Fruit", "fresh", "FRUIT", "local"])
other = Tags(["local", "organic"])
print(tags, len(tags), "FRESH" in tags)
print(tags | other, tags & other, tags - other, tags ^ other)
tags -= {"fresh"}
print(tags, summarise(tags), tags <= Tags(["fruit", "local", "x"]))

for obj in (stock, history, tags, [1, 2], 42):
    kinds = [abc.__name__ for abc in (Mapping, Sequence, MutableSet, Sized, Iterable)
             if isinstance(obj, abc)]
    print(type(obj).__name__, kinds)

try:
    class Broken(Mapping):
        def __getitem__(self, key):
            return key
    Broken()
except TypeError as e:
    print(e)
