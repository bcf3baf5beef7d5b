# An inventory kept as dataclasses: totals, sorting, updates with replace().
from dataclasses import dataclass, field, replace, asdict


@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = self.price * self.qty

    @property
    def total(self):
        return self.price * self.qty


@dataclass
class Inventory:
    items: list = field(default_factory=list)

    def add(self, item):
        self.items.append(item)

    def value(self):
        return sum(i.total for i in self.items)

    def restock(self, name, extra):
        for n, item in enumerate(self.items):
            if item.name == name:
                self.items[n] = replace(item, qty=item.qty + extra)


inv = Inventory()
inv.add(Item("bolt", 0.25, 100, ["metal"]))
inv.add(Item("nut", 0.1, 250))
inv.add(Item("gear", 4.5, 3, ["metal", "big"]))
print(inv)
print("value:", round(inv.value(), 2))
inv.restock("gear", 7)
for item in sorted(inv.items, reverse=True):
    print(f"{item.name:6} {item.qty:4} {item.total:8.2f} {item.tags}")
print(asdict(inv.items[2]))
print(Item("a", 1.0, 2) == Item("a", 1.0, 2, ["x"]))
