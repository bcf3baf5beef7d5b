class A:
    def __init__(self):
        self.x = 1
a = A()
d = a.__dict__
d["y"] = 2
print(a.y, vars(a) is a.__dict__, d)
a.z = 3
print(d, sorted(vars(a)))
del d["x"]
print(hasattr(a, "x"), a.__dict__)
d.update(w=4)
print(a.w)
a.__dict__.clear()
print(vars(a), hasattr(a, "w"))
b = A()
b.__dict__ = {"q": 9}
print(b.q, b.__dict__)
class S:
    __slots__ = ("a",)
try:
    S().__dict__
except AttributeError as e:
    print("AttributeError:", e)
import gc
class N:
    pass
n = N()
n.self = n
dd = n.__dict__
del n
print(gc.collect() >= 0, dd["self"].__class__.__name__)
del dd
print(gc.collect())
e = ValueError("x")
e.__dict__["note"] = 1
print(e.note)
