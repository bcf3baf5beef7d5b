# list methods and dunders.
a = [3, 1, 2]
print(a + [4], a * 2, 2 * a, list.__add__(a, [9]), a.__mul__(2), a.__rmul__(2), a.__eq__([3, 1, 2]), a.__eq__((3, 1, 2)))
print(list.__lt__([1], [2]), [1, 2] < [1, 2, 0], [2] > [1, 5], list.__ge__([1], [1]), list.__hash__, [1].__ne__([2]))
print(list(reversed(a)), list(a.__reversed__()), a.__len__(), a.__contains__(2), a.__getitem__(slice(1, None)))
b = a
b += (7, 8)
print(a, b is a)
b *= 2
print(a)
c = [1, 2]
print(c.__iadd__('xy'), c.__imul__(0), c)
print([1, 2, 3, 2].index(2, 2), [1, 2, 3, 2].index(2, -2), [1, 2].count(2), [5, 6, 7].pop(1), [5, 6].pop())
l = [3, 1, 2]
def k(x):
    if x == 2:
        raise ValueError("boom")
    return x
try:
    l.sort(key=k)
except ValueError as e:
    print("error:", e, l)
l = [3, 1, 'a', 2]
try:
    l.sort()
except TypeError as e:
    print("error:", e, sorted(l, key=str), len(l))
l = [(2, 'b'), (1, 'z'), (2, 'a')]
l.sort(key=lambda p: p[0])
print(l, sorted(l, reverse=True), sorted(l, key=lambda p: p[1], reverse=True))
for bad in [lambda: [1, 2].index(3), lambda: [1].remove(5), lambda: list.__add__([1], (2,)),
            lambda: [].pop(), lambda: [1].pop(5), lambda: [1].__imul__('a'), lambda: [3, 1].sort(1),
            lambda: [1] * 'a', lambda: hash([]), lambda: [1].index(1, 'x'), lambda: [1, 2][5]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    pass
m = L([1, 2])
m.append(m)
print(m, repr(L()), L([3]) + [4], type(L([3]) + [4]).__name__)
x = [1, 2, 3, 4, 5, 6]
x[1:3] = ['a']
del x[::2]
print(x, x.copy(), x.clear(), x)
