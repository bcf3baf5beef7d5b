# Freeing a 100,000-node linked list must not overflow the stack, whether it
# is freed by reference counting or by the collector.
import gc
import weakref


class Node:
    __slots__ = ("next", "__weakref__")

    def __init__(self, nxt):
        self.next = nxt


head = None
for _ in range(100000):
    head = Node(head)
tail = head
while tail.next is not None:
    tail = tail.next
rtail = weakref.ref(tail, lambda w: print("tail freed"))
del tail
print("dropping the head")
head = None
print("list freed:", rtail())

# Nested lists
nested = []
for _ in range(100000):
    nested = [nested]
print("dropping nested lists")
nested = None
print("nested freed")

# Nested dicts with a cycle back to the top, freed by the collector.
gc.disable()
top = {}
d = top
for _ in range(100000):
    d["child"] = {}
    d = d["child"]
d["top"] = top
del d, top
print("collected nested dict cycle:", gc.collect())
gc.enable()

# A long chain of instances with __dict__
class Link:
    def __init__(self, nxt):
        self.nxt = nxt

    def __del__(self):
        pass


chain = None
for _ in range(100000):
    chain = Link(chain)
chain = None
print("instance chain with __del__ freed")
