# repr of live and dead weak references and proxies.
import weakref


class Widget:
    pass


class Named:
    def __repr__(self):
        return "Named()"


w = Widget()
r = weakref.ref(w)
print(repr(r))
print(str(r))
n = Named()
print(repr(weakref.ref(n)))


def func():
    pass


rf = weakref.ref(func)
print(repr(rf))
print(repr(weakref.ref(Widget)))

p = weakref.proxy(w)
print(repr(p))

del w
print(repr(r))
print(repr(p))

# Repr of refs with callbacks looks the same.
x = Widget()
rc = weakref.ref(x, lambda r: None)
print(repr(rc))
del x
print(repr(rc))


class MyRef(weakref.ref):
    pass


y = Widget()
mr = MyRef(y)
print(repr(mr))
del y
print(repr(mr))
