# __del__ and containers: removal, replacement and the container's death.
class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Item({self.name!r})"

    def __del__(self):
        print("  del", self.name)

items = [Item("a"), Item("b"), Item("c"), Item("d"), Item("e")]
print("pop(1):")
items.pop(1)
print("del items[0]:")
del items[0]
print("replace items[0]:")
items[0] = Item("c2")
print("remove:")
items.remove(items[-1])
print("left:", items)

# A dropped list releases its items from the last to the first.
print("drop list:")
items = None

many = [Item(str(i)) for i in range(4)]
print("clear:")
many.clear()

print("slice delete:")
row = [Item("r0"), Item("r1"), Item("r2"), Item("r3")]
del row[1:3]
print("drop row:")
del row

# A tuple also releases its items last to first.
print("drop tuple:")
pair = (Item("t0"), Item("t1"))
pair = ()

# A dict releases entries in insertion order.
print("dict:")
d = {"x": Item("dx"), "y": Item("dy"), "z": Item("dz")}
d["y"] = Item("dy2")
del d["x"]
print("drop dict:")
d = {}

# Objects shared by two containers die with the last one.
shared = Item("shared")
first = [shared]
second = [shared]
del shared
print("drop first:")
first = None
print("drop second:")
second = None

# Nested containers.
print("nested:")
nest = [[Item("n0"), Item("n1")], [Item("n2")]]
nest = None
print("end")
