import gc


class Resource:
    live = []

    def __init__(self, name, pool=None):
        self.name = name
        self.pool = pool
        Resource.live.append(name)
        print(f"acquire {name}")

    def __del__(self):
        Resource.live.remove(self.name)
        print(f"release {self.name}")


class Pool:
    def __init__(self, name):
        self.name = name
        self.members = []

    def add(self, res_name):
        r = Resource(res_name)
        self.members.append(r)
        return r

    def __del__(self):
        print(f"pool {self.name} dropped with {len(self.members)} members")


def scoped():
    tmp = Resource("tmp")
    print("in scope", Resource.live)
    return "done"


print(scoped())
print("after scope", Resource.live)

r1 = Resource("r1")
r2 = r1
del r1
print("r2 still alive", Resource.live)
r2 = None
print("now", Resource.live)

p = Pool("main")
for n in ("a", "b", "c"):
    p.add(n)
x = p.members[1]
del p
print("after pool", Resource.live)
del x
print("after x", Resource.live)

items = [Resource(f"item{i}") for i in range(3)]
items.pop(1)
print("popped", Resource.live)
items.reverse()
items.clear()
print("cleared", Resource.live)

d = {"k": Resource("in-dict")}
d["k"] = Resource("replacement")
print("replaced", Resource.live)
del d

a = Resource("cyc-a")
b = Resource("cyc-b")
a.other, b.other = b, a
del a, b
print("cycle pending", Resource.live)
found = gc.collect()
print("after collect", Resource.live, found > 0)


def make_closure():
    res = Resource("captured")
    return lambda: res.name


f = make_closure()
print(f(), Resource.live)
del f
print("end", Resource.live)
