# atexit: functions run at interpreter exit, last registered first, before
# module globals are released; exceptions are reported and the rest still run.
import atexit
import sys


class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)


res = Resource("global")


def goodbye(name, punct="."):
    print("goodbye", name + punct, "resource still alive:", res.name)


def failing():
    print("failing callback runs")
    raise ValueError("ignored at exit")


def first():
    print("registered first, runs last")
    sys.stdout.flush()


atexit.register(first)
atexit.register(goodbye, "alice")
atexit.register(goodbye, "bob", punct="!")
atexit.register(failing)


@atexit.register
def decorated():
    print("decorated callback")


print(decorated.__name__, callable(decorated))


def removed():
    print("this never runs")


atexit.register(removed)
atexit.register(removed)
atexit.unregister(removed)
atexit.unregister(print)  # not registered: no error


def registers_more():
    print("callback registering another")
    atexit.register(lambda: print("registered during exit"))


atexit.register(registers_more)

try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)

print("end of main module")
