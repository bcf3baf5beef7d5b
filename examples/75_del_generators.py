# Generators and object lifetime: a suspended generator that is dropped is
# closed at that moment (its finally blocks run); objects referenced by a
# generator frame die when the generator finishes or is dropped.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def holder(name):
    obj = Noisy(name)
    try:
        yield 1
        yield 2
    finally:
        print("finally in", name)

g = holder("dropped")
next(g)
print("dropping generator")
del g
print("after del")

g = holder("finished")
for x in g:
    print("item", x)
print("loop done")
del g

g = holder("closed")
next(g)
g.close()
print("after close")
del g

# A generator that was never started runs nothing when dropped, but its
# arguments die with it.
def never(arg):
    try:
        yield arg
    finally:
        print("never printed")

g = never(Noisy("argument"))
print("unstarted generator made")
del g
print("after unstarted del")

# Rebinding the only reference closes the old generator.
def numbered(n):
    try:
        yield n
    finally:
        print("closing", n)

g = numbered(1)
next(g)
g = numbered(2)
next(g)
print("rebinding done")
g = None

# Locals are released when the generator returns.
def returns():
    local = Noisy("local")
    yield "only"
    print("returning")

g = returns()
print(next(g))
print(next(g, "exhausted"))
print("generator still referenced")
del g

# A generator expression dropped mid-way releases its iterator.
class Source:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __del__(self):
        print("source released")

ge = (x for x in Source())
print(next(ge))
del ge
print("end")
