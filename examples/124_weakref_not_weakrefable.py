# Built-in objects that cannot be weakly referenced.
import weakref

samples = [
    1, 2 ** 100, 1.5, True, "text", b"bytes", (1, 2), [1], {"a": 1},
    None, range(3),
]
for obj in samples:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)

for obj in [1, "s", [], {}]:
    try:
        weakref.proxy(obj)
    except TypeError as e:
        print("proxy TypeError:", e)

try:
    weakref.WeakSet([1])
except TypeError as e:
    print("WeakSet TypeError:", e)

try:
    d = weakref.WeakValueDictionary()
    d["k"] = 5
except TypeError as e:
    print("WeakValueDictionary TypeError:", e)

try:
    d = weakref.WeakKeyDictionary()
    d["k"] = 5
except TypeError as e:
    print("WeakKeyDictionary TypeError:", e)


print("end")
weakref.ref(())
