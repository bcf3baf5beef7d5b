# ref(o) without a callback is shared; refs with callbacks are distinct.
import weakref


class C:
    pass


o = C()
a = weakref.ref(o)
b = weakref.ref(o)
print("no callback, shared:", a is b)
print("count:", weakref.getweakrefcount(o))


def cb(w):
    pass


c = weakref.ref(o, cb)
d = weakref.ref(o, cb)
print("with callback, distinct:", c is d, c is a)
print("count:", weakref.getweakrefcount(o))

# Passing callback=None explicitly is the same as no callback.
e = weakref.ref(o, None)
print("callback None shares:", e is a)

# Once the shared ref dies, a new one is made.
aid = id(a)
del a, b, e
f = weakref.ref(o)
print("new basic ref made:", weakref.getweakrefcount(o))
print("f works:", f() is o)

# Proxies are shared the same way.
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
print("proxy shared:", p1 is p2)
p3 = weakref.proxy(o, cb)
print("proxy with callback distinct:", p3 is p1)
print("count:", weakref.getweakrefcount(o))

# Subclasses of ref are never shared.


class MyRef(weakref.ref):
    pass


m1 = MyRef(o)
m2 = MyRef(o)
print("subclass shared:", m1 is m2, m1 is f)
print("count:", weakref.getweakrefcount(o))
