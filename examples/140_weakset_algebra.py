# WeakSet algebra: union, intersection, difference, symmetric difference,
# their operator forms and in-place forms.
import weakref


class E:
    def __init__(self, n):
        self.n = n


items = [E(i) for i in range(6)]


def names(s):
    return sorted(x.n for x in s)


s1 = weakref.WeakSet(items[:4])      # 0 1 2 3
s2 = weakref.WeakSet(items[2:])      # 2 3 4 5
print("union:", names(s1 | s2), names(s1.union(items[5:])))
print("intersection:", names(s1 & s2), names(s1.intersection(items[1:3])))
print("difference:", names(s1 - s2), names(s1.difference(items[:1])))
print("symmetric:", names(s1 ^ s2), names(s1.symmetric_difference(items[3:])))
print("result types:", type(s1 | s2).__name__, type(s1 - s2).__name__)
print("isdisjoint:", s1.isdisjoint(weakref.WeakSet(items[4:])), s1.isdisjoint(s2))

t = s1.copy()
t |= s2
print("|=", names(t))
t = s1.copy()
t &= s2
print("&=", names(t))
t = s1.copy()
t -= s2
print("-=", names(t))
t = s1.copy()
t ^= s2
print("^=", names(t))
t = s1.copy()
t.intersection_update(items[:2])
print("intersection_update:", names(t))
t = s1.copy()
t.difference_update(items[:2])
print("difference_update:", names(t))
t = s1.copy()
t.symmetric_difference_update(items[:2] + items[5:])
print("symmetric_difference_update:", names(t))

# Results are weak too.
u = s1 | s2
del items[0]
print("after del items[0]:", names(u), names(s1))
items.clear()
print("all gone:", len(u), len(s1), len(s2))
