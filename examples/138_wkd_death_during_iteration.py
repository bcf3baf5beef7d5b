# Keys dying while a WeakKeyDictionary is iterated.
import weakref


class Key:
    def __init__(self, n):
        self.n = n


keys = [Key(i) for i in range(6)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n
del k

seen = []
for key in d:
    seen.append(key.n)
    if key.n == 2:
        keys[0] = None
        keys[4] = None
    del key
print("seen:", seen)
print("after loop:", len(d), sorted(d.values()))

seen = []
for key, value in d.items():
    seen.append(value)
    keys[key.n] = None
    del key
print("items seen:", seen)
print("empty now:", len(d), list(d.values()))

more = [Key(i) for i in range(3)]
d2 = weakref.WeakKeyDictionary({k: str(k.n) for k in more})
vals = []
for v in d2.values():
    vals.append(v)
    more.clear()
print("values seen:", vals, "left:", len(d2))
