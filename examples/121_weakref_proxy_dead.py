# Using a proxy after its referent died raises ReferenceError; proxies are
# never hashable.
import weakref


class Box(list):
    pass


b = Box([1, 2])
p = weakref.proxy(b)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

try:
    {p: 1}
except TypeError as e:
    print("TypeError as key:", e)

del b

for label, action in [
    ("len", lambda: len(p)),
    ("iter", lambda: list(p)),
    ("index", lambda: p[0]),
    ("str", lambda: str(p)),
    ("bool", lambda: bool(p)),
    ("add", lambda: p + [1]),
    ("contains", lambda: 1 in p),
    ("attr", lambda: p.append),
]:
    try:
        action()
        print(label, "worked?")
    except ReferenceError as e:
        print(label, "->", type(e).__name__ + ":", e)

print("ReferenceError is a subclass of Exception:", issubclass(ReferenceError, Exception))
print("repr still works:", repr(p).startswith("<weakproxy at "))

try:
    hash(p)
except TypeError as e:
    print("dead hash TypeError:", e)

print("end")
p.anything
