# Dict displays and methods; dicts keep insertion order.
ages = {"ann": 31, "bob": 25}
ages["cy"] = 40
print(ages, len(ages), ages["bob"])
print(ages.get("bob"), ages.get("zed"), ages.get("zed", 0))
print(list(ages.keys()), list(ages.values()), list(ages.items()))
print("ann" in ages, 31 in ages, "ann" in ages.keys(), 31 in ages.values())

# Updating an existing key keeps its position.
ages["ann"] = 32
print(ages)
print(ages.pop("bob"), ages.pop("nobody", "default"), ages)
print(ages.setdefault("ann", 0), ages.setdefault("dee", 20), ages)
ages.update({"eve": 22, "ann": 33})
ages.update(fay=50)
ages.update([("gus", 60)])
print(ages)

snapshot = ages.copy()
ages.clear()
print(ages, len(snapshot), snapshot["eve"])

# Building dicts.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}))
print(dict(zip("abc", range(3))))

# Counting and grouping.
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)

# Keys of different types; equal numbers are the same key.
d = {1: "int", "1": "str", (1,): "tuple"}
d[1.0] = "float replaces int value"
print(d, d[True])

# Views reflect changes; popitem removes the last item.
view = snapshot.keys()
snapshot["new"] = 1
print(len(view), snapshot.popitem(), len(view))
try:
    snapshot["missing"]
except KeyError as e:
    print(type(e).__name__, e)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
