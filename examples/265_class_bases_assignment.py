# Assigning __bases__ re-links a class (and its subclasses) to new bases;
# the other structural class attributes are read-only.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"

    def extra(self):
        return "extra from B"


class C(A):
    pass


class D(C):
    pass


d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B, A)
print(d.who(), d.extra(), [k.__name__ for k in D.__mro__])
print(C.__base__.__name__, [k.__name__ for k in C.__bases__])
print(A.__subclasses__() == [C], B.__subclasses__() == [C])
print(isinstance(d, B), issubclass(D, B))
C.__bases__ = (A,)
print(d.who(), hasattr(d, "extra"), B.__subclasses__())


class WithDel:
    def __del__(self):
        print("__del__ from the new base")


C.__bases__ = (WithDel,)
obj = C()
del obj
C.__bases__ = (A,)


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


attempt("list", lambda: setattr(C, "__bases__", [A]))
attempt("empty", lambda: setattr(C, "__bases__", ()))
attempt("not a class", lambda: setattr(C, "__bases__", (1,)))
attempt("cycle", lambda: setattr(C, "__bases__", (D,)))
attempt("duplicate", lambda: setattr(C, "__bases__", (A, A)))
attempt("builtin", lambda: setattr(C, "__bases__", (int,)))
attempt("mro conflict", lambda: setattr(D, "__bases__", (A, C)))
attempt("__mro__", lambda: setattr(C, "__mro__", ()))
attempt("__base__", lambda: setattr(C, "__base__", A))
attempt("__dict__", lambda: setattr(C, "__dict__", {}))
attempt("del __bases__", lambda: delattr(C, "__bases__"))
attempt("del __mro__", lambda: delattr(C, "__mro__"))
print([k.__name__ for k in D.__mro__])

# Instances made before the assignment must fit the new bases: a base
# with different __slots__ (or a __dict__ where there was none) is refused.


class SlotX:
    __slots__ = ("x",)


class SlotY:
    __slots__ = ("y",)


class SlotXWithDict(SlotX):
    pass


class OnX(SlotX):
    pass


class Plain1:
    pass


class Plain2:
    pass


class OwnSlots(Plain1):
    __slots__ = ("z",)


class OnPlain(Plain1):
    pass


for cls, bases in [
    (OnX, (SlotY,)),
    (OnX, (SlotXWithDict,)),
    (OnX, (Plain1,)),
    (OnPlain, (SlotX,)),
    (OwnSlots, (Plain2,)),
    (OnPlain, (Plain2,)),
]:
    attempt(cls.__name__ + " <- " + bases[0].__name__, lambda: setattr(cls, "__bases__", bases))
s = OwnSlots()
s.z = 1
print(s.z, [k.__name__ for k in OwnSlots.__mro__])

# A subclass left without a consistent MRO makes the whole assignment fail,
# and nothing changes.


class P1:
    pass


class P2:
    pass


class Mid(P1):
    pass


class Low(P2, Mid):
    pass


class Lowest(Low):
    pass


attempt("subclass conflict", lambda: setattr(Mid, "__bases__", (P2, P1)))
print([k.__name__ for k in Mid.__mro__], [k.__name__ for k in Lowest.__mro__])
print([k.__name__ for k in Mid.__bases__], P1.__subclasses__() == [Mid], P2.__subclasses__() == [Low])
