# Members of a WeakSet dying during iteration: no error, removal deferred.
import weakref


class M:
    def __init__(self, n):
        self.n = n


members = {i: M(i) for i in range(5)}
ws = weakref.WeakSet(members.values())
count = 0
for m in ws:
    count += 1
    members.pop(m.n)
    del m
    if count == 2:
        members.clear()
print("iterated:", count)
print("len after:", len(ws))

# Adding during iteration is not the issue here; dying during a nested
# iteration is deferred until the outer one ends.
objs = [M(i) for i in range(3)]
ws2 = weakref.WeakSet(objs)
pairs = 0
for a in ws2:
    for b in ws2:
        pairs += 1
    objs.remove(a)
    del a
    print("len inside loop:", len(ws2))
print("pairs:", pairs, "len after:", len(ws2))
