# finalize and ref callbacks are both weak-reference callbacks: newest first.
import weakref


class Obj:
    def __del__(self):
        print("__del__")


o = Obj()
weakref.finalize(o, print, "finalize 1")
r1 = weakref.ref(o, lambda w: print("ref callback 2"))
weakref.finalize(o, print, "finalize 3")
r2 = weakref.ref(o, lambda w: print("ref callback 4"))
print("deleting")
del o
print("deleted")

# A finalize is called with its arguments; exceptions don't stop others.
o = Obj()


def bad():
    raise ValueError("finalizer failed")


weakref.finalize(o, print, "runs after the failing one")
weakref.finalize(o, bad)
weakref.finalize(o, print, "runs before the failing one")
del o
print("continuing after failed finalizer")

# finalize keeps its arguments alive, not its object
class Holder:
    pass


h = Holder()
payload = Obj()
pr = weakref.ref(payload)
weakref.finalize(h, print, "payload still alive:", payload)
del payload
print("payload held by finalizer:", pr() is not None)
del h
print("payload released:", pr())
