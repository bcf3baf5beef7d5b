# One attribute expression meets instances whose dicts hold the same names
# at different positions, deleted and re-added names, replaced __dict__s,
# and methods shadowed by instance attributes.
class P:
    pass

def make(order):
    p = P()
    for name in order:
        setattr(p, name, name.upper())
    return p

objs = [make("xyz"), make("zyx"), make("yxz"), make("x"), make("zyxw")]
print([(o.x, getattr(o, "z", None)) for o in objs])

def read_x(o):
    return o.x

def write_x(o, v):
    o.x = v

for o in objs:
    write_x(o, read_x(o) + "!")
print([read_x(o) for o in objs])

o = objs[0]
del o.x
print(hasattr(o, "x"), vars(o))
write_x(o, "again")
print(read_x(o), list(vars(o)))
o.__dict__ = {"w": 1, "x": "from new dict"}
print(read_x(o), vars(o))
o.__dict__.clear()
try:
    read_x(o)
except AttributeError as e:
    print("AttributeError:", e)

class M:
    def greet(self):
        return "method"

def call_greet(m):
    return m.greet()

plain, shadowed = M(), M()
shadowed.greet = lambda: "instance attribute"
for m in [plain, shadowed, plain]:
    print(call_greet(m))
del shadowed.greet
print(call_greet(shadowed))
M.greet = lambda self: "replaced on the class"
print(call_greet(plain), call_greet(shadowed))

class Counter:
    def __init__(self):
        self.n = 0
c = Counter()
for i in range(5):
    c.n += i
    c.extra = i
print(c.n, vars(c))
