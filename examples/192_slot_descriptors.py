class P:
    __slots__ = ("x", "__secret", "y")
    def __init__(self):
        self.x = 1
        self.__secret = 2
    def peek(self):
        return self.__secret
p = P()
print(p.x, p.peek(), P.x, P._P__secret, type(P.y).__name__)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    pass
q = Q()
q.x = 5
q.z = 6
print(q.__dict__, q.x, vars(q), sorted(n for n in dir(q) if not n.startswith("_")))
q.__dict__["w"] = 7
print(q.w)
class R:
    __slots__ = "only"
r = R()
r.only = 3
print(r.only)
try:
    r.other = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.__dict__, wd.a)
import gc
class Node:
    __slots__ = ("other", "__weakref__")
a = Node(); b = Node(); a.other = b; b.other = a
del a, b
print(gc.collect())
