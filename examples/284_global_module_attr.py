# `module.name` and `module.name(...)` read through a global: the module's
# attributes are looked up fresh each time, whatever rebinds them.
import math
import weakref


def area(r):
    return math.pi * r * r


def root(x):
    return math.sqrt(x)


print(area(2), root(16))
math.pi = 3
print(area(2))
math.sqrt = lambda x: -x
print(root(16))
del math.sqrt
try:
    root(16)
except AttributeError as e:
    print("AttributeError:", e)


class Fake:
    def sqrt(self, x):
        return ("fake", x)

    pi = 10


math = Fake()
print(area(1), root(9))
math = {"pi": 1}
try:
    area(1)
except AttributeError as e:
    print("AttributeError:", e)
del math
try:
    area(1)
except NameError as e:
    print("NameError:", e)


class Thing:
    pass


t = Thing()
r = weakref.ref(t)
print(r() is t)
weakref.ref = lambda o: "patched"
print(weakref.ref(t))
