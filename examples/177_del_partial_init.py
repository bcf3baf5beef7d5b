# __del__ runs even when __init__ raised, and for objects never bound to a
# name; __del__ is looked up on the type.
class Fragile:
    def __init__(self, fail):
        self.fail = fail
        if fail:
            raise ValueError("init failed")

    def __del__(self):
        print("__del__ fail=%s has attr: %s" % (self.fail, hasattr(self, "fail")))


try:
    Fragile(True)
except ValueError as e:
    print("caught:", e)
print("after failed construction")

Fragile(False)
print("after unbound construction")


class NoAttrs:
    def __new__(cls):
        return super().__new__(cls)

    def __init__(self):
        raise RuntimeError("before any attribute")

    def __del__(self):
        print("NoAttrs.__del__, dict:", self.__dict__)


try:
    NoAttrs()
except RuntimeError:
    print("caught RuntimeError")


# An instance attribute named __del__ is ignored.
class Plain:
    pass


p = Plain()
p.__del__ = lambda: print("instance __del__ (never called)")
del p
print("instance attribute ignored")

# Adding __del__ to the class later works.
Plain.__del__ = lambda self: print("class __del__ added later")
p = Plain()
del p
print("end")
