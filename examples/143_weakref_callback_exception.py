# An exception raised in a weakref callback or __del__ is reported on stderr
# ("Exception ignored in: ...") and the program continues.
import weakref


class Obj:
    pass


def bad_callback(wr):
    print("bad callback running")
    raise RuntimeError("callback failed")


def good_callback(wr):
    print("good callback running")


o = Obj()
r1 = weakref.ref(o, good_callback)
r2 = weakref.ref(o, bad_callback)
r3 = weakref.ref(o, good_callback)
print("deleting o")
del o
print("still running after callback error")


class Fragile:
    def __del__(self):
        print("Fragile.__del__ starts")
        raise KeyError("from __del__")


f = Fragile()
rf = weakref.ref(f, lambda w: print("callback after failing __del__"))
f = None
print("still running after __del__ error")


def fails_in_list():
    items = [Fragile(), Fragile()]
    return len(items)


print("function returned", fails_in_list())

# finalize errors are reported too.
o = Obj()
weakref.finalize(o, lambda: 1 / 0)
del o
print("end of program")
