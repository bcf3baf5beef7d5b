# The with statement and the context manager protocol.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return "value of " + self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Manager("a") as v:
    print("body with", v)

# Several managers: entered left to right, exited right to left.
with Manager("first") as x, Manager("second") as y:
    print("inside", x, "/", y)

# An exception is passed to __exit__ and propagates unless suppressed.
try:
    with Manager("propagates"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

with Manager("suppresses", suppress=True):
    raise KeyError("swallowed")
print("after suppression")

# Only a true value suppresses.
class Truthy(Manager):
    def __exit__(self, *args):
        super().__exit__(*args)
        return [1]

with Truthy("truthy"):
    1 / 0
print("division error suppressed")

# return / break / continue inside with still call __exit__.
def early_return():
    with Manager("in function"):
        return "returned"
    print("not reached")

print(early_return())

for i in range(3):
    with Manager("loop %d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")

# Tuple targets.
class Pair:
    def __enter__(self):
        return (1, (2, 3))

    def __exit__(self, *exc):
        return False

with Pair() as (a, (b, c)):
    print(a, b, c)

# Targets can be attributes and subscripts.
class Holder:
    pass

h = Holder()
d = {}
with Manager("attr") as h.value, Manager("item") as d["key"]:
    pass
print(h.value, d)

# __enter__ and __exit__ are looked up on the type, not the instance.
class NoProtocol:
    pass

obj = NoProtocol()
obj.__enter__ = lambda: None
obj.__exit__ = lambda *a: None
try:
    with obj:
        pass
except TypeError as e:
    print("TypeError:", e)

class HalfProtocol:
    def __enter__(self):
        return self

try:
    with HalfProtocol():
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)

# An exception in __exit__ replaces the original one, chained to it.
class Failing:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")

try:
    with Failing():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))

# An exception in __enter__ skips the body and __exit__.
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *exc):
        print("never called")

try:
    with BadEnter():
        print("never printed")
except OSError as e:
    print("OSError:", e)

# A context manager built from a generator, by hand.
class contextmanager_like:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            for _ in self.gen:
                pass
            return False
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        return True

def tag(name):
    print("<%s>" % name)
    try:
        yield name
    finally:
        print("</%s>" % name)

with contextmanager_like(tag("html")):
    with contextmanager_like(tag("body")) as t:
        print("  content of", t)

try:
    with contextmanager_like(tag("p")):
        raise ValueError("inside p")
except ValueError as e:
    print("propagated from generator manager:", e)
