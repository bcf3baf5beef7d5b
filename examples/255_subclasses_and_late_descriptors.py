# type.__subclasses__(), and descriptors added to a base class after its
# subclasses (and their instances) exist: every subclass sees them.
import gc
import weakref


class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class Both(Left, Right):
    pass


print([c.__name__ for c in Base.__subclasses__()])
print([c.__name__ for c in Left.__subclasses__()], Both.__subclasses__())

# Each base holds a weak reference to its subclass, as in CPython.
print(weakref.getweakrefcount(Left), weakref.getweakrefcount(Both))
r = weakref.ref(Both)
print(weakref.getweakrefs(Both)[0] is r)


def read(o):
    return o.x


b = Both()
b.__dict__["x"] = "from the instance dict"
print(read(b))

# A data descriptor on a distant base now wins over the instance dict.
def x(self):
    return "from a property on Base"


Base.x = property(x)
print(read(b))

# Removing it makes the instance dict answer again.
del Base.x
print(read(b))
b.x = "assigned"
print(read(b))


# A descriptor with __set__ defined on the middle class.
class Logged:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        return "logged " + obj.__dict__.get("_" + self.name, "?")

    def __set__(self, obj, value):
        print("setting", self.name, "=", value)
        obj.__dict__["_" + self.name] = value


Left.x = Logged()
Left.x.__set_name__(Left, "x")
b.x = "through the descriptor"
print(read(b))

# Subclasses that die leave the list.
class Temp(Base):
    pass


print(len(Base.__subclasses__()))
del Temp
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])
