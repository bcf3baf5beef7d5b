# *args collects extra positional arguments, **kwargs extra keyword ones.
def total(*numbers):
    print(type(numbers).__name__, numbers)
    return sum(numbers)

print(total(), total(1), total(1, 2, 3))

def report(title, *items, sep=", ", **options):
    print(title + ":", sep.join(items), options)

report("fruit", "apple", "pear")
report("veg", "leek", sep=" | ", color="green", fresh=True)
report("none")

def everything(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, e=6))
print(everything(*[1, 2, 3], **{"c": 7, "z": 0}))

# Forwarding arguments.
def wrapper(*args, **kwargs):
    print("forwarding", args, kwargs)
    return everything(*args, **kwargs)

print(wrapper(10, 20, 30, c=40, d=50))

# kwargs keep insertion order.
def keys(**kw):
    return list(kw)

print(keys(z=1, a=2, m=3))

# Unpacking in calls mixes with normal arguments.
def point(x, y, z):
    return f"({x}, {y}, {z})"

coords = [1, 2]
print(point(*coords, 3), point(0, *coords), point(**{"z": 9, "y": 8, "x": 7}))
print(point(1, **{"y": 2}, z=3))

try:
    point(1, **{"x": 2, "y": 3, "z": 4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 9, 2]), print(*[], sep="?"))
