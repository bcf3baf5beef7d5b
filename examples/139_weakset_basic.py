# WeakSet: add, discard, remove, pop, clear, copy, len, in.
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Item(%s)" % self.name


a, b, c = Item("a"), Item("b"), Item("c")
ws = weakref.WeakSet([a, b])
ws.add(c)
ws.add(a)
print("len:", len(ws))
print("in:", a in ws, Item("a") in ws, 5 in ws)
print("names:", sorted(i.name for i in ws))

ws.discard(b)
ws.discard(Item("zz"))
print("after discard:", sorted(i.name for i in ws))
try:
    ws.remove(b)
except KeyError as e:
    print("KeyError:", e)
ws.remove(c)
print("after remove:", sorted(i.name for i in ws))

cp = ws.copy()
print("copy:", type(cp).__name__, len(cp), a in cp)
popped = ws.pop()
print("popped:", popped, "len:", len(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError:", e)

ws.update([a, b, c])
print("updated:", len(ws))
del b
print("after del b:", len(ws), sorted(i.name for i in ws))
ws.clear()
print("cleared:", len(ws), "copy still:", len(cp))
print("repr starts:", repr(weakref.WeakSet())[:8])
print("unhashable check:", end=" ")
try:
    hash(ws)
except TypeError as e:
    print("TypeError:", e)
del a
print("copy after del a:", len(cp))
