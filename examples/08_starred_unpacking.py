# Starred targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *middle, z = range(6)
print(a, middle, z)
a, *middle, z = (1, 2)
print(a, middle, z)
head, *tail = [42]
print(head, tail)
(x, *ys), w = [1, 2, 3], 4
print(x, ys, w)

try:
    p, *q, r = [1]
except ValueError as e:
    print(type(e).__name__, e)

for fst, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(fst, others)

# Starred expressions in displays and calls.
nums = [1, 2, 3]
more = (4, 5)
print([0, *nums, *more, 6])
print((*nums,), {*nums, *more})
print({**{"a": 1}, "b": 2, **{"a": 3}})

def show(*args, **kwargs):
    print(args, kwargs)

show(*nums, *"ab")
show(*range(2), 9, **{"x": 1}, y=2)
print(*nums, sep="-")
print(*"spam")

# Unpacking any iterable: dict keys, sets, strings.
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
c1, c2, c3 = "abc"
print(c3, c2, c1)
*everything, = range(3)
print(everything)
