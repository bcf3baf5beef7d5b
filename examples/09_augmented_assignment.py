# Augmented assignment: x op= y.
n = 10
n += 5
n -= 3
n *= 2
print(n)
n //= 5
print(n)
n **= 3
n %= 50
print(n)
n /= 4
print(n)

# On immutable values a new object is bound.
s = "ab"
t = s
s += "cd"
print(s, t)
tup = (1,)
alias = tup
tup += (2,)
print(tup, alias)

# On lists += extends in place, so aliases see the change.
lst = [1]
same = lst
lst += [2, 3]
lst += "xy"
print(lst, same, lst is same)
lst *= 2
print(same)

# Subscript and attribute targets evaluate the container once.
counts = {"a": 0}
counts["a"] += 1
counts["a"] += 1
print(counts)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)

class Counter:
    def __init__(self):
        self.value = 0

c = Counter()
c.value += 10
c.value *= 3
print(c.value)

calls = []
def index():
    calls.append("index")
    return 0

arr = [100]
arr[index()] -= 1
print(arr, calls)
