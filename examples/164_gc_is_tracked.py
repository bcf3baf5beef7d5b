# gc.is_tracked: atomic objects are never tracked, containers are.
import gc


class C:
    pass


def f():
    pass


print("int:", gc.is_tracked(0), gc.is_tracked(10 ** 30))
print("float:", gc.is_tracked(1.5))
print("str:", gc.is_tracked("a"), gc.is_tracked("abc" * 10))
print("bytes:", gc.is_tracked(b"x"))
print("None/bool:", gc.is_tracked(None), gc.is_tracked(True))
print("list:", gc.is_tracked([]), gc.is_tracked([1, 2]))
print("set:", gc.is_tracked(set()), gc.is_tracked({1}))
print("instance:", gc.is_tracked(C()))
print("class:", gc.is_tracked(C))
print("function:", gc.is_tracked(f), gc.is_tracked(lambda: 0))
print("bound method:", gc.is_tracked(C().__init__))

# Dicts holding only atomic values are not tracked (documented CPython
# behaviour); they become tracked when a container is stored in them.
print("empty dict:", gc.is_tracked({}))
print("atomic dict:", gc.is_tracked({"a": 1}))
print("dict with list:", gc.is_tracked({"a": []}))
d = {"a": 1}
print("before:", gc.is_tracked(d))
d["b"] = [1]
print("after storing a list:", gc.is_tracked(d))
