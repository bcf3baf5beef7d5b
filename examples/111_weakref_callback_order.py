# Callbacks receive the (now dead) weak reference and run newest first.
import weakref


class Thing:
    pass


log = []


def make_cb(label):
    def cb(wr):
        print("callback", label, "called, referent now:", wr())
        log.append(label)
    return cb


t = Thing()
refs = []
for label in ["first", "second", "third", "fourth"]:
    refs.append(weakref.ref(t, make_cb(label)))
print("refs created:", len(refs))
print("all alive:", all(r() is t for r in refs))
print("deleting")
del t
print("log:", log)

# The argument is the very weak reference object that was registered.
seen = []
o = Thing()
w = weakref.ref(o, lambda r: seen.append(r))
del o
print("callback got the ref itself:", seen[0] is w)

# A callback that belongs to a dead weakref is never called.
o = Thing()
w = weakref.ref(o, make_cb("orphan"))
del w
del o
print("orphan callback skipped:", "orphan" not in log)

# The same function may be registered several times.
counter = []
o = Thing()
ws = [weakref.ref(o, lambda r, i=i: counter.append(i)) for i in range(5)]
del o
print("counter:", counter)
