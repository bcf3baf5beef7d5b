# Built-in methods called with too few or too many positional arguments:
# the TypeError words the count as the method's calling convention does
# (METH_NOARGS, METH_O, Argument Clinic, slot wrappers ...), never counting
# self. list, tuple and dict here; str, bytes, sets and numbers in 269.


def show(obj, name, counts, **kw):
    f = getattr(obj, name)
    for n in counts:
        try:
            f(*range(n), **kw)
        except TypeError as e:
            print(f"{type(obj).__name__}.{name} with {n}: {e}")
        else:
            print(f"{type(obj).__name__}.{name} with {n}: no error")


def table(obj, rows):
    for names, counts in rows:
        for name in names.split():
            show(obj, name, counts)


table([], [
    ("reverse copy clear __reversed__", (1, 3)),
    ("append extend remove count __getitem__", (0, 2)),
    ("insert", (0, 1, 3)),
    ("pop", (2, 5)),
    ("index", (0, 4)),
    ("__len__ __iter__ __repr__", (1, 2)),
    ("__contains__ __delitem__ __add__ __iadd__", (0, 2)),
    ("__eq__ __ne__ __lt__ __le__ __gt__ __ge__", (0, 3)),
    ("__mul__ __rmul__ __imul__", (0, 2)),
    ("__setitem__", (0, 1, 3)),
])
show([], "sort", (1, 2, 3))
show([], "sort", (1,), key=None)
show([], "sort", (0,), key=None, reverse=False, x=1)

table((), [
    ("count", (0, 2)),
    ("index", (0, 4)),
    ("__getnewargs__", (1,)),
    ("__len__ __iter__ __hash__", (1, 3)),
    ("__getitem__ __contains__ __add__", (0, 2)),
    ("__eq__ __ne__ __lt__ __le__ __gt__ __ge__", (0, 2)),
    ("__mul__ __rmul__", (0, 2)),
])

table({}, [
    ("keys values items popitem copy clear __reversed__", (1, 2)),
    ("get pop setdefault", (0, 3)),
    ("update", (2, 3)),
    ("__getitem__ __contains__", (0, 2)),
    ("__delitem__ __or__ __ror__ __ior__ __eq__ __ne__", (0, 2)),
    ("__len__ __iter__ __repr__", (1,)),
    ("__setitem__", (1, 3)),
])
show(dict, "fromkeys", (0, 3))
show({}.keys(), "__len__", (1,))
show({}.keys(), "isdisjoint", (0, 2))
show({}.items(), "isdisjoint", (0,))
show({}.values(), "__reversed__", (1,))
show({}.items(), "__reversed__", (2,))
show({}.keys(), "__eq__", (0,))
show({}.keys(), "__or__", (2,))


class L(list):
    pass


class D(dict):
    pass


# The name is the type that defines the method, not the object's class
# (when called directly, obj.method(...)).
for label, call in [
    ("L().append()", lambda: L().append()),
    ("L().append(1, 2)", lambda: L().append(1, 2)),
    ("L().insert(1)", lambda: L().insert(1)),
    ("L().__len__(1)", lambda: L().__len__(1)),
    ("D().get()", lambda: D().get()),
    ("D().keys(1)", lambda: D().keys(1)),
]:
    try:
        call()
    except TypeError as e:
        print(f"{label}: {e}")

# Through the type: self is the first argument and is not counted; a
# missing or foreign self is reported before the count.
calls = [
    ("list.append", list.append, ([],)),
    ("list.append", list.append, ([], 1, 2)),
    ("list.append", list.append, ()),
    ("list.append", list.append, (1,)),
    ("list.append", list.append, (1, 2, 3)),
    ("list.insert", list.insert, ([], 1)),
    ("list.insert", list.insert, ()),
    ("list.insert", list.insert, (5,)),
    ("list.__len__", list.__len__, ([], 1)),
    ("list.__len__", list.__len__, ()),
    ("list.__len__", list.__len__, (1, 2)),
    ("list.__getitem__", list.__getitem__, ()),
    ("list.__mul__", list.__mul__, ((), 1, 2)),
    ("list.sort", list.sort, ([], 1)),
    ("tuple.count", tuple.count, ((),)),
    ("tuple.index", tuple.index, ((), 1, 2, 3, 4)),
    ("tuple.__len__", tuple.__len__, ((), 1)),
    ("dict.get", dict.get, ({},)),
    ("dict.get", dict.get, ([], 1, 2, 3)),
    ("dict.keys", dict.keys, ({}, 1)),
    ("dict.__setitem__", dict.__setitem__, ({}, 1)),
    ("dict.__setitem__", dict.__setitem__, ()),
    ("dict.__len__", dict.__len__, ([], 1)),
    ("L.append", L.append, (L(),)),
    ("L.append", L.append, ([],)),
]
for label, f, args in calls:
    try:
        f(*args)
    except TypeError as e:
        print(f"{label}{args}: {e}")
    else:
        print(f"{label}{args}: no error")

# A wrong count is reported before a wrong argument type.
for label, call in [
    ("[].insert('x')", lambda: [].insert("x")),
    ("[].index()", lambda: [].index()),
    ("[].pop('x', 'y')", lambda: [].pop("x", "y")),
    ("{}.get()", lambda: {}.get()),
    ("{}.pop([], [], [])", lambda: {}.pop([], [], [])),
    ("{}.update([], [])", lambda: {}.update([], [])),
    ("(1, 2).index('a', 'b', 'c', 'd')", lambda: (1, 2).index("a", "b", "c", "d")),
]:
    try:
        call()
    except TypeError as e:
        print(f"{label}: {e}")

# The counts that fit still work.
xs = [3, 1, 2]
xs.insert(0, 9)
xs.append(4)
print(xs, xs.pop(), xs.pop(0), xs.index(1), xs.count(2), list.__len__(xs))
d = {"a": 1}
print(d.get("a"), d.get("b", 2), d.setdefault("c", 3), d.pop("c"), d.pop("z", 0), d)
print((1, 2, 1).index(1, 1), (1, 2, 1).count(1), dict.fromkeys("ab", 0))
