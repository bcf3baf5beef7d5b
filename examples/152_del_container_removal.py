# Removing objects from containers frees them at once; clearing a container
# frees its contents (lists from the end, dicts in insertion order).
class T:
    def __init__(self, name):
        self.name = name

    # A fixed hash keeps set order independent of memory addresses.
    def __hash__(self):
        return sum(map(ord, self.name))

    def __del__(self):
        print("  del", self.name)


print("list.pop")
lst = [T("l0"), T("l1"), T("l2"), T("l3")]
lst.pop()
print("list.remove")
lst.remove(lst[0])
print("del lst[0]")
del lst[0]
print("slice assignment")
lst[:] = [T("new")]
print("list.clear")
lst.clear()

print("whole list deleted")
lst = [T("a"), T("b"), T("c")]
del lst

print("dict.clear")
d = {"x": T("dx"), "y": T("dy"), "z": T("dz")}
d.clear()
print("dict deleted")
d = {"x": T("dx"), "y": T("dy"), "z": T("dz")}
del d

print("set.discard")
items = [T("s0"), T("s1")]
s = set(items)
items.clear()
print("  (set keeps them)")
s.clear()

print("tuple deleted")
t = (T("t0"), T("t1"), T("t2"))
del t

print("nested")
nested = [[T("n0"), T("n1")], {"k": T("n2")}]
del nested
print("done")
