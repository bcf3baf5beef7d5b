# collections.OrderedDict and collections.Counter
from collections import OrderedDict, Counter, ChainMap

od = OrderedDict()
od["banana"] = 3
od["apple"] = 4
od["pear"] = 1
print(od)
print(list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("banana")
print(od)
od.move_to_end("pear", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
print(OrderedDict(), repr(OrderedDict(a=1)), OrderedDict([("z", 0), ("y", 1)]))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)

x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, dict(x) == dict(y), x == {"b": 2, "a": 1}, x != y)
print(list(reversed(x)), OrderedDict.fromkeys("abc", 0))
z = x.copy()
z["c"] = 3
print(z, x, type(z).__name__, isinstance(z, dict))
print(x.pop("a"), x.pop("zz", "default"), x.setdefault("q", 9), x)
x.update([("r", 1)], s=2)
print(x, x | {"t": 3})

# LRU cache built on move_to_end / popitem(last=False)
class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size
    def get_(self, key):
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)
cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get_("a")
cache.put("c", 3)
print(cache, list(cache))

# Counter
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()))
print("".join(Counter("mississippi").elements()))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc, wc.most_common(1))
c.update("aaz")
print(c)
c.update({"z": 5})
c.subtract("abc")
print(c)
c.subtract(z=10)
print(c)
del c["z"]
del c["not there"]
print(c)
print(Counter(), Counter(a=3, b=1), Counter({"x": 2}))

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -Counter(a=-2, b=3))
a += Counter(c=2)
print(a)
a -= Counter(a=3)
print(a)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=1))
print(isinstance(a, dict), dict(Counter("aab")))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)

# tie order: most_common keeps first-seen order among equal counts
print(Counter("zzyyxxw").most_common())

# ChainMap
defaults = {"color": "red", "user": "guest"}
overrides = {"user": "admin"}
cm = ChainMap(overrides, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm)
cm["color"] = "blue"
print(cm, overrides, defaults)
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], cm.get("nope", 0))
