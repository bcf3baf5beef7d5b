# WeakMethod keeps a bound method alive only as long as its object.
import weakref


class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self, other):
        return "%s says hello to %s" % (self.name, other)


g = Greeter("gina")
wm = weakref.WeakMethod(g.hello)
print("isinstance ref:", isinstance(wm, weakref.ref))
m = wm()
print("call result:", m("bob"))
print("fresh bound method each time:", wm() is not wm(), wm() == g.hello)
print("__self__:", m.__self__ is g, "__func__:", m.__func__ is Greeter.hello)
del m

# A plain ref to a bound method dies at once; a WeakMethod does not.
plain = weakref.ref(g.hello)
print("plain ref:", plain())
print("weak method:", wm() is not None)

# Equality
wm2 = weakref.WeakMethod(g.hello)
print("wm == wm2:", wm == wm2, "wm != wm2:", wm != wm2)
h = Greeter("hal")
wm3 = weakref.WeakMethod(h.hello)
print("wm == wm3:", wm == wm3)

del g
print("after del g:", wm())
print("dead equality, same:", wm == wm, "different:", wm == wm2)

# Only bound methods are accepted.
for bad in [len, lambda: 0, Greeter.hello]:
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("TypeError:", e)

# Hash matches while alive.
print("hash equal:", hash(wm3) == hash(weakref.WeakMethod(h.hello)))
