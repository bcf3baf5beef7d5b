# weakref.finalize edge cases: arguments and keywords, subclasses, the
# atexit flag, detach/peek on live and dead objects, errors, repr, and
# finalizers created or failing at exit.
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def report(*args, **kwargs):
    print("report", args, sorted(kwargs.items()))
    return len(args) + len(kwargs)


r = Res("a")
f = weakref.finalize(r, report, 1, 2, key="v")
print(f.alive, f.atexit, f.peek()[1:] if f.peek() else None)
print(f(), f(), f.alive, f.peek(), f.detach())

# Dying objects run their finalizer at once; the result is discarded.
r = Res("b")
f = weakref.finalize(r, report, "b died")
del r
print("after del:", f.alive)

# detach returns the details once; the object then dies silently.
r = Res("c")
f = weakref.finalize(r, report, "never")
obj, func, args, kwargs = f.detach()
print(obj is r, func is report, args, kwargs, f.detach())
del r, obj

# atexit can be switched off and on while alive; dead finalizers say False.
r = Res("d")
f = weakref.finalize(r, report, "d")
f.atexit = False
print(f.atexit)
f.atexit = 1
print(f.atexit)
f()
print(f.atexit)
f.atexit = True
print(f.atexit)


# Subclasses work and keep their own attributes in slots.
class Named(weakref.finalize):
    __slots__ = ("label",)


r = Res("e")
n = Named(r, report, "named")
n.label = "mine"
print(type(n).__name__, n.label, n.alive, isinstance(n, weakref.finalize))
del r
print(n.alive)

# Errors.
for bad in [lambda: weakref.finalize(1, report), lambda: weakref.finalize(Res("x")),
            lambda: weakref.finalize(), lambda: weakref.ref(n)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# repr, alive and dead.
r = Res("f")
f = weakref.finalize(r, report, "f")
print(repr(f).split(";")[1].split(" at")[0])
f.detach()
print(repr(f).split(";")[1])

# A finalizer whose function raises while its object dies.


def broken():
    raise ValueError("finalizer failed")


r = Res("g")
weakref.finalize(r, broken)
del r  # "Exception ignored in: <finalize object ...>" goes to stderr
print("still running")

# At exit: newest first, skipping atexit=False; one creates another.
keep = [Res(i) for i in range(4)]


def at_exit(i):
    print("exit finalizer", i)
    if i == 1:
        late = Res("late")
        keep.append(late)
        weakref.finalize(late, print, "late finalizer")


for i, o in enumerate(keep[:]):
    fin = weakref.finalize(o, at_exit, i)
    if i == 2:
        fin.atexit = False
gc.collect()
print("end of script")
