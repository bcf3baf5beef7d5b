# Module attributes read and called at the same sites while the module's
# namespace changes: rebinding, deletion, re-adding, and dunder names.
import math


def read():
    return math.pi


def call(x):
    return math.floor(x)


print(read(), call(2.5))
math.pi = 3
math.floor = lambda x: "patched"
print(read(), call(2.5))
del math.pi
try:
    read()
except AttributeError as e:
    print("AttributeError:", e)
math.pi = 3.14
print(read(), math.__name__, type(math.__dict__).__name__, math.__dict__ is vars(math))
del math.floor
try:
    call(1.5)
except AttributeError as e:
    print("AttributeError:", e)
