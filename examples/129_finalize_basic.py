# weakref.finalize: call once, alive, detach, peek, atexit.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, *, verbose=False):
    print("cleanup", name, "verbose" if verbose else "")
    return "cleaned " + name


r = Resource("r1")
f = weakref.finalize(r, cleanup, "r1", verbose=True)
print("alive:", f.alive)
print("atexit:", f.atexit)
func, args, kwargs = f.peek()[1:]
print("peek:", f.peek()[0] is r, func.__name__, args, kwargs)
print("call:", f())
print("alive after call:", f.alive)
print("second call:", f())
print("peek dead:", f.peek())
print("detach dead:", f.detach())
del r
print("object gone, nothing more")

r2 = Resource("r2")
f2 = weakref.finalize(r2, cleanup, "r2")
obj, fn, a, kw = f2.detach()
print("detached:", obj is r2, fn is cleanup, a, kw)
print("alive:", f2.alive, "call:", f2())
del r2, obj
print("no cleanup after detach")

r3 = Resource("r3")
f3 = weakref.finalize(r3, cleanup, "r3")
f3.atexit = False
print("atexit set:", f3.atexit)
print("deleting r3")
del r3
print("alive:", f3.alive)

# finalize on a function or a list subclass
class L(list):
    pass


lst = L([1, 2])
weakref.finalize(lst, print, "list finalized with", 2, "args")
lst = None

try:
    weakref.finalize(5, print)
except TypeError as e:
    print("TypeError:", e)
