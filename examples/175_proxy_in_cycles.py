# Proxies and refs inside collected cycles, and proxies as the only link to
# a parent (no cycle, so reference counting frees the structure).
import gc
import weakref

gc.disable()
gc.collect()


class Parent:
    def __init__(self, name):
        self.name = name
        self.children = []

    def add(self, child):
        self.children.append(child)
        child.parent = weakref.proxy(self)

    def __del__(self):
        print("Parent", self.name, "freed")


class Child:
    def __init__(self, name):
        self.name = name

    def describe(self):
        try:
            return "%s (parent %s)" % (self.name, self.parent.name)
        except ReferenceError:
            return "%s (orphan)" % self.name


p = Parent("P")
for name in ["c1", "c2"]:
    p.add(Child(name))
kid = p.children[0]
print(kid.describe())
del p
print("no cycle, so no garbage:", gc.collect())
print(kid.describe())

# A cycle that also holds a proxy to itself.
q = Parent("Q")
q.me = q
q.proxy = weakref.proxy(q, lambda p: print("proxy callback (inside garbage: no)"))
outside = weakref.proxy(q, lambda p: print("outside proxy callback"))
del q
print("collected:", gc.collect())
try:
    outside.name
except ReferenceError as e:
    print("ReferenceError:", e)
gc.enable()
