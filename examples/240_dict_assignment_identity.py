# `obj.__dict__ = d` makes `d` itself the instance's live attribute dict.
import gc


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return abs(self.x)


p = Point(3)
d = {"y": 4}
p.__dict__ = d
print(p.__dict__ is d, vars(p) is d, hasattr(p, "x"), p.y)

# Writes through either name are visible through the other.
d["z"] = 5
print(p.z)
p.w = 6
print(d)
del p.y
print(d, "y" in d)
del d["z"]
print(hasattr(p, "z"))


# The same attribute read and written in a loop (the evaluator memoises
# where an attribute lives) stays right across reassignments.
def read(o):
    return o.v


def write(o, v):
    o.v = v


q = Point(0)
q.v = 1
print(read(q), read(q))
q.__dict__ = {"other": 0, "v": 10}
print(read(q), read(q))
write(q, 11)
print(q.__dict__)
q.__dict__ = {"v": 20}
write(q, 21)
print(read(q), q.__dict__)

# Methods still come from the class; an instance dict entry shadows them.
p.x = -7
print(p.norm())
p.__dict__ = {"x": 2, "norm": lambda: "shadowed"}
print(p.norm(), d)

# A dict subclass instance can be the __dict__.
class Attrs(dict):
    pass


a = Attrs(k=1)
p.__dict__ = a
print(type(p.__dict__).__name__, p.__dict__ is a, p.k)

# Only dicts may be assigned.
for bad in (5, [("a", 1)], None):
    try:
        p.__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
print(p.__dict__ is a)

# `del obj.__dict__`: a fresh empty dict next time.
del p.__dict__
print(p.__dict__, p.__dict__ is a, a)
p.n = 1
print(vars(p))

# The old dict keeps living on its own; the instance no longer uses it.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


r = Point(0)
r.__dict__ = {"item": Noisy("first")}
print("reassign")
r.__dict__ = {"item": Noisy("second")}
print("reassigned")
keep = r.__dict__
r.__dict__ = {}
print("kept", keep["item"].name)
del keep
print("dropped")

# Cycles through an assigned dict are collected.
gc.collect()
c = Point(0)
cd = {"me": c, "guard": Noisy("cycle")}
c.__dict__ = cd
del c, cd
print("collected", gc.collect() > 0)

# A class with __slots__ and __dict__ keeps its slots.
class Mixed:
    __slots__ = ("s", "__dict__")


m = Mixed()
m.s = "slot"
m.t = "attr"
m.__dict__ = {"u": "new"}
print(m.s, m.u, hasattr(m, "t"), m.__dict__)
del m.__dict__
print(m.s, m.__dict__)
