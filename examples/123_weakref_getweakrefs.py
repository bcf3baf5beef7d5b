# getweakrefcount and getweakrefs.
import weakref


class T:
    pass


t = T()
print("count at start:", weakref.getweakrefcount(t), weakref.getweakrefs(t))
r1 = weakref.ref(t)
print("count:", weakref.getweakrefcount(t))
r2 = weakref.ref(t, lambda w: None)
p = weakref.proxy(t)
print("count:", weakref.getweakrefcount(t))
refs = weakref.getweakrefs(t)
print("len refs:", len(refs))
print("r1 in refs:", any(x is r1 for x in refs))
print("r2 in refs:", any(x is r2 for x in refs))
print("p in refs:", any(x is p for x in refs))
del refs

del r2
print("after del r2:", weakref.getweakrefcount(t))
del p
print("after del p:", weakref.getweakrefcount(t))

# Objects that cannot be weakly referenced report 0 and [].
print("int:", weakref.getweakrefcount(5), weakref.getweakrefs(5))
print("list:", weakref.getweakrefcount([]), weakref.getweakrefs([]))

# Count drops to 0 after referent death (refs are cleared).
del t
print("r1 dead:", r1())

# Many refs
u = T()
many = [weakref.ref(u, lambda w: None) for _ in range(10)]
print("many:", weakref.getweakrefcount(u))
del many[::2]
print("half:", weakref.getweakrefcount(u))
