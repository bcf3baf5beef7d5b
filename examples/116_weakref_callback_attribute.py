# The __callback__ attribute of weak references.
import weakref


class C:
    pass


def on_death(w):
    print("on_death called")


o = C()
plain = weakref.ref(o)
withcb = weakref.ref(o, on_death)
print("plain.__callback__:", plain.__callback__)
print("withcb.__callback__ is on_death:", withcb.__callback__ is on_death)
print("name:", withcb.__callback__.__name__)

try:
    withcb.__callback__ = None
except AttributeError as e:
    print("AttributeError:", e)

del o
print("after death, callback cleared:", withcb.__callback__)

# A callback that is a bound method.


class Watcher:
    def __init__(self):
        self.seen = 0

    def notify(self, w):
        self.seen += 1
        print("watcher notified", self.seen)


wt = Watcher()
o = C()
r = weakref.ref(o, wt.notify)
print("callback is bound method:", r.__callback__ == wt.notify)
del o
print("seen:", wt.seen)
