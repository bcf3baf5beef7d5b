# del removes bindings, items, slices and attributes.
x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)

a, b, c = 1, 2, 3
del a, b
try:
    print(a)
except NameError as e:
    print(c, e)

items = list(range(10))
del items[0]
print(items)
del items[-1]
print(items)
del items[2:5]
print(items)
del items[::2]
print(items)
del items[:]
print(items)

d = {"one": 1, "two": 2, "three": 3}
del d["two"]
print(d)

class Thing:
    kind = "class attribute"

t = Thing()
t.name = "thing"
t.kind = "instance attribute"
print(t.name, t.kind)
del t.kind
print(t.kind)
del t.name
print(hasattr(t, "name"))
try:
    del t.name
except AttributeError as e:
    print(type(e).__name__, e)

# del of a local inside a function.
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)

print(f())

# del of nested targets.
grid = [[1, 2], [3, 4]]
del grid[0][1], grid[1]
print(grid)
