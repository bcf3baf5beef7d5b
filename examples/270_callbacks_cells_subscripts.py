# Weak reference callbacks that are closures, closures called many times
# and recursively, and augmented assignment to list items: the evaluator's
# shortcuts for these must keep CPython's order and errors.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"


def make_counter():
    fired = [0, 0]

    def on_death(r):
        fired[0] += 1
        if r() is None:
            fired[1] += 1

    return fired, on_death


fired, on_death = make_counter()
refs = []
for i in range(5):
    o = Obj(i)
    refs.append(weakref.ref(o, on_death))
    o = None
print("fired", fired)


# A callback taking two parameters, or a bound method, still gets the ref.
def two(r, extra="default"):
    print("two:", r() is None, extra)


class Watcher:
    def seen(self, r):
        print("Watcher.seen", type(r).__name__)


w = Watcher()
o = Obj("a")
r1 = weakref.ref(o, two)
r2 = weakref.ref(o, w.seen)
del o


# A callback that raises: reported, and the program goes on.
def bad(r):
    raise ValueError("callback failed")


o = Obj("b")
r3 = weakref.ref(o, bad)
del o
print("after bad callback")


# Closures: cells outlive the frames that made them.
def adders():
    out = []
    for k in range(3):
        def add(x, k=k):
            total = x + k

            def show():
                return f"{x}+{k}={total}"

            return show
        out.append(add)
    return out


shows = [add(10) for add in adders()]
print([s() for s in shows])


def countdown(n):
    def step():
        return n - 1

    return n if n <= 0 else countdown(step())


print(countdown(50))

# Augmented assignment to list items.
a = [1, 2, 3]
a[0] += 10
a[-1] *= 5
a[1] -= 0.5
print(a)
b = [1, 2]
b[0] += b.pop()
print(b)
c = [1, 2]
try:
    c[1] += c.pop()
except IndexError as e:
    print("IndexError:", e, c)
d = [[1], "x"]
d[0] += [2]
d[1] += "y"
print(d)
try:
    a[5] += 1
except IndexError as e:
    print("IndexError:", e)
try:
    a[-9] += 1
except IndexError as e:
    print("IndexError:", e)
e = [0, 0]
e[True] += 7
print(e)


class MyList(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)


m = MyList([1, 2])
m[0] += 5
print(m)
counts = {}
for word in "a b a c a".split():
    counts[word] = counts.get(word, 0) + 1
hist = [0] * 3
for n in [0, 1, 1, 2, 2, 2]:
    hist[n] += 1
print(counts, hist)
