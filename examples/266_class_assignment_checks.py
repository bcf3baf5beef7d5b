# obj.__class__ = X: the checks CPython makes before changing the class.
# (Changing it is not supported by wisp yet, so only refused assignments
# are shown here.)
class A:
    pass


class Slotted:
    __slots__ = ("x",)


a = A()


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("to an int", lambda: setattr(a, "__class__", 5))
attempt("to a built-in type", lambda: setattr(a, "__class__", int))
attempt("to a slotted class", lambda: setattr(a, "__class__", Slotted))
attempt("on an int", lambda: setattr(1, "__class__", bool))
attempt("on a list", lambda: setattr([], "__class__", A))
attempt("delete", lambda: delattr(a, "__class__"))
print(type(a).__name__, a.__class__.__name__, "__class__" in vars(a))
