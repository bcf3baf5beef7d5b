# What can be weakly referenced: subclasses of builtins, user classes,
# functions, sets, frozensets, types, modules, methods.
import weakref
import sys


class MyList(list):
    pass


class MyDict(dict):
    pass


def f():
    return "f"


class C:
    def m(self):
        return "m"


candidates = [
    ("MyList", MyList([1, 2])),
    ("MyDict", MyDict(a=1)),
    ("set", {1, 2}),
    ("frozenset", frozenset([3])),
    ("function", f),
    ("lambda", lambda: 0),
    ("type", C),
    ("builtin type", int),
    ("instance", C()),
    ("module", sys),
    ("bound method", C().m),
]
for name, obj in candidates:
    try:
        r = weakref.ref(obj)
        print(name, "ok, alive:", r() is obj)
    except TypeError as e:
        print(name, "TypeError:", e)

# A bound method is created fresh on each attribute access, so a plain ref to
# it dies immediately.
c = C()
r = weakref.ref(c.m)
print("plain ref to bound method:", r())

# A set dies normally.
s = {1, 2, 3}
rs = weakref.ref(s, lambda w: print("set died"))
del s
ml = MyList()
rl = weakref.ref(ml, lambda w: print("MyList died"))
ml = None
print("end")
