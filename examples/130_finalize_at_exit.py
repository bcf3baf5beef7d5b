# Finalizers still alive at exit run after the program's last line, newest
# first; those with atexit=False do not run.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name


def report(msg):
    print("finalizer:", msg)


keep = []
for i in range(4):
    o = Obj(i)
    keep.append(o)
    f = weakref.finalize(o, report, "obj %d" % i)
    if i == 2:
        f.atexit = False
del o, f

early = Obj("early")
weakref.finalize(early, report, "early dies now")
del early

other = Obj("other")
weakref.finalize(other, report, "other (registered last)")

print("finalizers alive:", sum(1 for x in keep))
print("last line of the program")
