# Objects local to a frame that is left by an exception are freed once the
# exception (which holds the traceback and so the frame) is done with.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("destroy", self.name)


def fail():
    t = Tracked("in failing frame")
    raise ValueError("boom")


print("calling fail")
try:
    fail()
except ValueError as e:
    print("caught", e)
    print("frame object still alive while handling")
print("after except block")


def nested():
    outer = Tracked("outer")
    try:
        inner = Tracked("inner")
        raise KeyError("k")
    finally:
        print("finally runs, outer/inner still alive")


try:
    nested()
except KeyError:
    print("caught KeyError")
print("after second try")


def handled_inside():
    t = Tracked("handled")
    try:
        raise RuntimeError("x")
    except RuntimeError:
        print("handled inside")
    return "ok"


print(handled_inside())

# Keeping the exception keeps the frame's locals alive.
saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("saved exception; locals still alive")
saved = None
print("released saved exception")
