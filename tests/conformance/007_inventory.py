from collections import namedtuple, defaultdict

Item = namedtuple("Item", "sku name category price qty")


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, sku, name, category, price, qty=0):
        if sku in self.items:
            old = self.items[sku]
            self.items[sku] = old._replace(qty=old.qty + qty)
        else:
            self.items[sku] = Item(sku, name, category, price, qty)
        self.log.append(f"add {sku} x{qty}")

    def remove(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < qty:
            raise OutOfStock(f"{item.name}: requested {qty}, only {item.qty}")
        self.items[sku] = item._replace(qty=item.qty - qty)
        self.log.append(f"remove {sku} x{qty}")

    def value(self):
        return sum(i.price * i.qty for i in self.items.values())

    def by_category(self):
        groups = defaultdict(list)
        for item in self.items.values():
            groups[item.category].append(item)
        return dict(sorted(groups.items()))

    def low_stock(self, threshold=5):
        return sorted((i for i in self.items.values() if i.qty < threshold),
                      key=lambda i: (i.qty, i.name))

    def report(self):
        print(f"{'SKU':<6}{'Name':<14}{'Cat':<8}{'Price':>8}{'Qty':>5}{'Total':>10}")
        for i in sorted(self.items.values(), key=lambda i: (i.category, -i.price)):
            print(f"{i.sku:<6}{i.name:<14}{i.category:<8}{i.price:>8.2f}{i.qty:>5}{i.price * i.qty:>10.2f}")
        print(f"{'':<41}{self.value():>10.2f}")


inv = Inventory()
inv.add("A1", "hammer", "tools", 12.5, 10)
inv.add("A2", "screwdriver", "tools", 4.75, 3)
inv.add("B1", "apple", "food", 0.4, 120)
inv.add("B2", "bread", "food", 2.2, 4)
inv.add("C1", "lamp", "home", 23.0, 1)
inv.add("A1", "hammer", "tools", 12.5, 5)
inv.remove("B1", 20)
for sku, qty in [("C1", 2), ("Z9", 1), ("A2", 3)]:
    try:
        inv.remove(sku, qty)
    except OutOfStock as e:
        print("out of stock:", e)
    except KeyError as e:
        print("unknown sku:", e)
inv.report()
for cat, items in inv.by_category().items():
    print(cat, [i.name for i in items])
print([i.name for i in inv.low_stock()])
print(inv.items["A1"])
print(inv.log)
print(Item._fields, inv.items["B2"]._asdict())
