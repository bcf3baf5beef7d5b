# Assigning to attributes and subscripts.
class Record:
    pass

r = Record()
r.name = "Ada"
r.year = 1815
print(r.name, r.year)
r.name = r.name.upper()
print(r.name)
r.tags = []
r.tags.append("math")
print(r.tags, hasattr(r, "tags"), hasattr(r, "nope"))

# Attributes on classes are shared until an instance shadows them.
class Config:
    level = 1

c1 = Config()
c2 = Config()
Config.level = 2
print(c1.level, c2.level)
c1.level = 3
print(c1.level, c2.level, Config.level)

# List subscripts, including negative indexes.
items = [1, 2, 3, 4]
items[0] = "first"
items[-1] = "last"
print(items)
try:
    items[10] = 0
except IndexError as e:
    print(type(e).__name__, e)

# Dict subscripts create or replace entries.
d = {}
d["x"] = 1
d["y"] = 2
d["x"] = 3
d[(1, 2)] = "tuple key"
d[10] = "int key"
print(d)

# Nested targets.
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix)
tree = {"left": {}, "right": {}}
tree["left"]["value"] = 5
print(tree)

# Objects as containers of objects.
r.child = Record()
r.child.name = "child"
print(r.child.name)
setattr(r, "dynamic", 42)
print(r.dynamic, getattr(r, "year"))
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
