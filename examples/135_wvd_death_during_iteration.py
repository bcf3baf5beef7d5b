# Values dying while a WeakValueDictionary is being iterated: removal is
# deferred until the iteration ends, and no error is raised.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n


holders = {i: Obj(i) for i in range(6)}
d = weakref.WeakValueDictionary()
for i, o in holders.items():
    d[i] = o
del o

seen = []
for key in d.keys():
    seen.append(key)
    if key == 1:
        # Kill two objects, one already visited and one not yet visited.
        del holders[0]
        del holders[4]
print("seen keys:", seen)
print("len after loop:", len(d), sorted(d.keys()))

seen = []
for key, value in d.items():
    seen.append((key, value.n))
    if key == 2:
        del holders[5]
        del value
print("items seen:", seen)
print("len:", len(d))

seen = []
for value in d.values():
    seen.append(value.n)
    holders.pop(value.n)
    del value
print("values seen:", seen)
print("len:", len(d), list(d.keys()))

# Removing with the dictionary's own methods during itervaluerefs
objs = [Obj(i) for i in range(3)]
d2 = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
keys = []
for wr in d2.itervaluerefs():
    keys.append(wr.key)
    objs[wr.key] = None
print("refs iterated:", keys, "left:", len(d2))
