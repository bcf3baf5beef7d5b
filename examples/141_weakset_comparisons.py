# WeakSet comparisons: subset/superset/equality.
import weakref


class E:
    pass


xs = [E() for _ in range(4)]
small = weakref.WeakSet(xs[:2])
big = weakref.WeakSet(xs)
same = weakref.WeakSet(xs[:2])

print("small <= big:", small <= big, small.issubset(big))
print("small < big:", small < big)
print("big >= small:", big >= small, big.issuperset(small))
print("big > small:", big > small)
print("small == same:", small == same, small != same)
print("small < same:", small < same, small <= same)
print("small == big:", small == big)
print("compare with set:", small == set(xs[:2]))
print("issubset of list:", small.issubset(xs))
print("issuperset of list:", big.issuperset(xs[1:3]))
print("== other types:", small == 3, small != [1])

try:
    small < 3
except TypeError as e:
    print("TypeError:", e)

# After some members die, comparisons see only the living.
del xs[2:]
print("big == small after deaths:", big == small, len(big))
