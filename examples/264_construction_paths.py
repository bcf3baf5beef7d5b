# Instances made through the fast construction path must notice a
# __new__ or __init__ added or replaced at any time, on the class or on a
# base. (Deleting a __new__ again is left out: CPython 3.11 then rejects
# the arguments in object.__new__, a quirk of its type slots.)
class Base:
    def __init__(self, v):
        self.v = v


class Child(Base):
    pass


def show(label, obj):
    print(label, type(obj).__name__, getattr(obj, "v", None), getattr(obj, "tag", None))


show("plain", Child(1))


def tagging_new(cls, *args):
    obj = object.__new__(cls)
    obj.tag = "new:" + cls.__name__
    return obj


Base.__new__ = staticmethod(tagging_new)
show("base __new__", Child(2))
show("base itself", Base(3))

Child.__new__ = staticmethod(tagging_new)
show("own __new__", Child(5))
show("base keeps its own", Base(6))


def other_init(self, v):
    self.v = v * 100


Base.__init__ = other_init
show("new __init__", Child(8))


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


show("metaclass", WithMeta(9))


class ReturnsOther:
    def __new__(cls, v):
        return v


print("other object:", ReturnsOther(10))


class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    Child()
except TypeError as e:
    print("TypeError:", e)
