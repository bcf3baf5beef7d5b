# gc.collect() frees cycles between instances and returns how many
# unreachable objects it found.
import gc
import weakref

gc.disable()
gc.collect()


class Node:
    pass


a = Node()
b = Node()
a.other = b
b.other = a
ra = weakref.ref(a)
del a, b
print("cycle of two still alive:", ra() is not None)
print("collected:", gc.collect())
print("after collect:", ra())

# Self reference
s = Node()
s.me = s
del s
print("self reference:", gc.collect())

# Ring of ten
nodes = [Node() for _ in range(10)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 10]
del nodes, n
print("ring of ten:", gc.collect())

# A cycle reachable from a live object is not garbage.
keeper = Node()
x = Node()
y = Node()
x.y = y
y.x = x
keeper.x = x
del x, y
print("reachable cycle:", gc.collect())
del keeper
print("after dropping keeper:", gc.collect())

print("nothing left:", gc.collect())
gc.enable()
