# weakref.ref: calling returns the referent while alive, None after death.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%r)" % self.name


a = Node("a")
r = weakref.ref(a)
print("alive:", r())
print("same object:", r() is a)
print("type:", type(r).__name__, type(r) is weakref.ReferenceType)
print("isinstance ref:", isinstance(r, weakref.ref))

# Holding the result of r() keeps the object alive.
strong = r()
del a
print("after del a, still held:", r())
del strong
print("after del strong:", r())

# Rebinding a name frees the old object immediately.
b = Node("b1")
rb = weakref.ref(b)
b = Node("b2")
print("rebound:", rb(), b)

# A dead reference stays dead even if an equal object appears.
b = Node("b1")
print("still dead:", rb())

# Objects only referenced from a list die when the list does.
items = [Node(i) for i in range(3)]
refs = [weakref.ref(x) for x in items]
print([r() for r in refs])
items.pop(1)
print([r() for r in refs])
items.clear()
print([r() for r in refs])

# A temporary dies right away.
t = weakref.ref(Node("temp"))
print("temporary:", t())
