import copy
import pprint


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None
        for c in self.children:
            c.parent = self

    def __repr__(self):
        return f"Node({self.name!r}, {len(self.children)} children)"


class Config:
    def __init__(self, data):
        self.data = data
        self.copies = 0

    def __copy__(self):
        new = Config(self.data)
        new.copies = self.copies + 1
        return new

    def __deepcopy__(self, memo):
        new = Config(copy.deepcopy(self.data, memo))
        new.copies = self.copies + 100
        return new


original = {"nums": [1, 2, [3, 4]], "name": "orig", "pair": (5, [6])}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["nums"][2].append("x")
original["pair"][1].append(7)
original["name"] = "changed"
print(shallow)
print(deep)
print(shallow["nums"] is original["nums"], deep["nums"] is original["nums"], deep["pair"][0])
tree = Node("root", [Node("a", [Node("a1")]), Node("b")])
clone = copy.deepcopy(tree)
print(clone, clone.children[0].parent is clone, clone.children[0].parent is tree)
cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[2] is cyc, len(cc))
cfg = Config({"a": [1]})
c1, c2 = copy.copy(cfg), copy.deepcopy(cfg)
print(c1.copies, c2.copies, c1.data is cfg.data, c2.data == cfg.data, c2.data is cfg.data)
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.copy([t])[0] is t)

data = {
    "project": "wisp",
    "modules": ["bisect", "collections", "copy", "functools", "heapq", "itertools", "pprint"],
    "matrix": [[i * j for j in range(6)] for i in range(4)],
    "meta": {"nested": {"deeper": {"deepest": list(range(12))}}, "flag": True, "none": None},
    "text": "a fairly long string value that will not fit on one line alongside others",
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(30)), width=50))
pprint.pprint({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_dicts=False)
pprint.pprint(({"x": (1, 2)}, [set([3]), frozenset()], "s" * 10), indent=4, width=30)
