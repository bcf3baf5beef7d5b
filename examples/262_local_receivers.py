# Attribute reads, writes and method calls on a receiver held in a local
# variable: every kind of receiver must behave as through any other path.
import weakref


class Plain:
    kind = "plain"

    def __init__(self, v):
        self.v = v

    def get(self, extra=0):
        return self.v + extra

    def two(self, a, b):
        return (self.v, a, b)


class Fallback:
    def __getattr__(self, name):
        return "fallback:" + name


class Guarded:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)


class WithProperty:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x * 10

    @x.setter
    def x(self, value):
        self._x = value + 1


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def reads():
    p = Plain(5)
    print(p.v, p.kind, p.get(), p.get(2), p.two(1, b=2))
    fb = Fallback()
    print(fb.anything)
    w = WithProperty()
    print(w.x)
    w.x = 4
    print(w.x, w._x)
    px = weakref.proxy(p)
    print(px.v, px.get(1))
    px.v = 9
    print(p.v)
    lst = []
    lst.append(3)
    lst.append(lst.pop() * 2)
    print(lst)
    s = "abc"
    print(s.upper(), s.find("c"))


def writes():
    g = Guarded()
    g.a = 1
    g.b = 2
    print(g.log)
    holder = Plain(Noisy("first"))
    print("replace")
    holder.v = Noisy("second")
    print("replaced")
    holder.v = None
    print("cleared")


def errors():
    p = Plain(1)
    try:
        p.missing
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        p.get(1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        p.two(1, undefined_name)
    except NameError as e:
        print("NameError:", e)
    try:
        p.two(1, 1 // 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    n = None
    try:
        n.v = 1
    except AttributeError as e:
        print("AttributeError:", e)
    i = 3
    try:
        i.v
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        len(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    print(p.get(p.get(p.get(1))))


reads()
writes()
errors()
