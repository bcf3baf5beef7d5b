# WeakMethod callbacks fire when the object dies, with the WeakMethod itself.
import weakref


class Source:
    def __init__(self, name):
        self.name = name

    def handler(self, event):
        print(self.name, "handles", event)


def on_dead(wm):
    print("callback: WeakMethod dead =", wm() is None, "type =", type(wm).__name__)


s = Source("s1")
wm = weakref.WeakMethod(s.handler, on_dead)
wm()("click")
print("deleting s")
del s
print("after delete:", wm())

# The callback is not called if the WeakMethod dies first.
s2 = Source("s2")
wm2 = weakref.WeakMethod(s2.handler, on_dead)
del wm2
del s2
print("no callback for a dead WeakMethod")

# Several WeakMethods on one object: callbacks newest first.
s3 = Source("s3")
order = []
ws = [weakref.WeakMethod(s3.handler, lambda w, i=i: order.append(i)) for i in range(3)]
del s3
print("order:", order)


# The function behind the method dying also kills the WeakMethod.
class Dyn:
    pass


def method(self):
    return "dyn method"


Dyn.method = method
d = Dyn()
wmd = weakref.WeakMethod(d.method, lambda w: print("function died"))
print(wmd()())
del method
del Dyn.method
print("after deleting function:", wmd())
