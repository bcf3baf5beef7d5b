# Calls the evaluator answers without the general path must behave exactly
# as the general path: classes whose __init__ is object.__init__,
# list.append, and `is None` tests.


class Empty:
    pass


class WithNew:
    def __new__(cls, *args):
        print("WithNew.__new__", args)
        return super().__new__(cls)


e = Empty()
print(type(e).__name__, vars(e))
try:
    Empty(1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    Empty(x=1)
except TypeError as exc:
    print("TypeError:", exc)
w = WithNew()
w = WithNew(1, 2)


class Later:
    pass


print(type(Later()).__name__)
Later.__init__ = lambda self, v=7: setattr(self, "v", v)
print(Later().v, Later(3).v)
del Later.__init__
print(vars(Later()))


class Dying:
    def __del__(self):
        print("Dying.__del__")


Dying()
print("after Dying()")

# list.append: plain lists, list subclasses that override it, and errors.
items = []
for i in range(3):
    items.append(i * i)
items.append(items)
print(items)


class Logged(list):
    def append(self, x):
        print("Logged.append", x)
        super().append(x)


logged = Logged()
logged.append(5)
print(logged)
try:
    items.append(undefined_name)
except NameError as exc:
    print("NameError:", exc)
order = []
order.append(order.append("inner") or "outer")
print(order)


def shadow():
    append = list.append
    xs = [1]
    append(xs, 2)
    return xs


print(shadow())


# `is None` / `is not None` in tests.
def check(x):
    if x is None:
        return "none"
    if x is not None and x == 0:
        return "zero"
    return "other"


print(check(None), check(0), check(5), check(""))


def unbound():
    if y is None:
        pass
    y = 1


try:
    unbound()
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
zero = 0
print(None is None, zero is not None, [x for x in (None, 1, None) if x is not None])
