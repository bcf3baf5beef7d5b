# The weak references to one object, in CPython's order: the shared plain
# ref first, then the shared plain proxy, then every other reference
# newest first. References that die leave the list wherever they are, and
# callbacks run in list order when the object dies.
import weakref


class Target:
    pass


class MyRef(weakref.ref):
    pass


log = []


def named(name):
    def callback(r):
        log.append(name)
    return callback


def describe(refs):
    out = []
    for r in refs:
        if type(r) is weakref.ProxyType:
            out.append("proxy")
        elif type(r) is MyRef:
            out.append("myref")
        elif r.__callback__ is None:
            out.append("ref")
        else:
            out.append("cb")
    return out


t = Target()
a = weakref.ref(t, named("a"))
p = weakref.proxy(t)
b = MyRef(t, named("b"))
r = weakref.ref(t)
c = weakref.ref(t, named("c"))
print(describe(weakref.getweakrefs(t)), weakref.getweakrefcount(t))
print(weakref.ref(t) is r, weakref.proxy(t) is p)

# Drop references from the middle, the head and the tail of the list.
del b
print(describe(weakref.getweakrefs(t)))
del r
print(describe(weakref.getweakrefs(t)))
d = weakref.ref(t, named("d"))
del a
print(describe(weakref.getweakrefs(t)))
r2 = weakref.ref(t)
e = MyRef(t, named("e"))
print(describe(weakref.getweakrefs(t)), weakref.getweakrefcount(t))

del t
print(log)
print(r2(), c(), e())

# Many references dropped in a scrambled order leave the count right.
t = Target()
refs = [weakref.ref(t, named(i)) for i in range(20)]
for i in [5, 0, 19, 7, 8, 13, 1]:
    refs[i] = None
print(weakref.getweakrefcount(t))
log.clear()
del t
print(log)
