# Subclassing weakref.ref: extra attributes, __init__ and a __call__ override.
import weakref


class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, obj, callback=None, tag=None):
        self = super().__new__(cls, obj, callback)
        return self

    def __init__(self, obj, callback=None, tag=None):
        super().__init__(obj, callback)
        self.tag = tag


class Counting(weakref.ref):
    def __init__(self, obj, callback=None):
        super().__init__(obj, callback)
        self.calls = 0

    def __call__(self):
        self.calls += 1
        obj = super().__call__()
        print("  Counting.__call__ #%d ->" % self.calls, obj)
        return obj


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<Obj %s>" % self.name


o = Obj("x")
t = Tagged(o, None, tag="hello")
print("tag:", t.tag, "referent:", t())
print("isinstance:", isinstance(t, weakref.ref), type(t).__name__)

c = Counting(o, lambda w: print("callback with", type(w).__name__, w.calls))
c()
c()
print("calls:", c.calls)
del o
print("after death:", c())
print("tag survives:", t.tag, t())


# A ref subclass that records a key, like WeakValueDictionary's KeyedRef.
class Keyed(weakref.ref):
    def __new__(cls, obj, callback, key):
        return super().__new__(cls, obj, callback)

    def __init__(self, obj, callback, key):
        super().__init__(obj, callback)
        self.key = key


removed = []
objs = {name: Obj(name) for name in ["a", "b", "c"]}
refs = {name: Keyed(obj, lambda w: removed.append(w.key), name)
        for name, obj in objs.items()}
del objs["b"]
print("removed:", removed)
objs.clear()
print("removed:", removed)
